CALL a.*.b()
