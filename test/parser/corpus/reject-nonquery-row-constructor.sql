ROW(a + 1, 2) x
