SELECT ROW(x), (x, y), ROW(x, y) FROM s
