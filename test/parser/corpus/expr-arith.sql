SELECT a + b * c - d / e % f, 'a' || 'b', -a, +b, (a + b) * c FROM t
