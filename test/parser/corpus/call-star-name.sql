CALL `system`.*(4)
