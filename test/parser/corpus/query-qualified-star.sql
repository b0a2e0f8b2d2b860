SELECT a.b.c, t.* FROM t
