SELECT f(a => 1, b => SELECT 1) FROM t
