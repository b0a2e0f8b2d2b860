SELECT CONVERT(x, 'a', 'b') FROM s
