SELECT * FROM t (a INT) AS x, u EXTEND (b STRING NOT NULL, c.d INT), v /*+ OPTIONS('k'='v') */ (e INT)
