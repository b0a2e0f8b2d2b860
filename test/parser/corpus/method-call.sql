SELECT f(x).g(1), a.*.b(1), a.b.*(1) FROM t
