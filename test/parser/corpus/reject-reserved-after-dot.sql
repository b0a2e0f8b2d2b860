SELECT t.date FROM t
