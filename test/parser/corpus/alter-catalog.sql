ALTER CATALOG c SET ('k' = 'v')
