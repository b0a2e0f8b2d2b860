SELECT * FROM f(a, b INT)
