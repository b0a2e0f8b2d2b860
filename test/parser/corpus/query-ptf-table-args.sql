SELECT * FROM f(r => TABLE t PARTITION BY k, uid => 'x')
