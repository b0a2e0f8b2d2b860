SELECT ARRAY[1, 2, 3], MAP['a', 1, 'b', 2], ROW(1, 'a'), (1, 2), arr[1], m['a'], r.f, ARRAY[1][1] FROM t
