VALUES ((1), 2), (ROW(1, 2))
