CALL `system`.generate_n(*)
