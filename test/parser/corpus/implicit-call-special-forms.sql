SELECT * FROM f(CAST(a AS INT)), g(TRIM(a)), h(FLOOR(a)), k(1, UPPER(b)), m(a.b(1)), n(CURRENT_DATE), p(x => g(1))
