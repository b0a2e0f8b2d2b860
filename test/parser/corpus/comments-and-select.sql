SELECT 1 -- comment
FROM t
