SELECT t.a, s.w FROM t, LATERAL TABLE(split(t.s)) AS s(w)
