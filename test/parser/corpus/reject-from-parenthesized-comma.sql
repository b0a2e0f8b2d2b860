SELECT * FROM (t, u)
