SELECT TRANSLATE(x, 'a', 'b', 'c', 'd') FROM s
