SELECT id
FROM t
WHERE -- the condition is missing