ALTER DATABASE db SET ('k' = 'v')
