SELECT * FROM ((t))
