SELECT LAST(x, 'a'), FIRST(x, 1) FROM t
