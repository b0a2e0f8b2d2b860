ALTER TABLE t SET ('k' = 'v', 'k2' = 'v2')
