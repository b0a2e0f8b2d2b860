-- NULL propagation in string functions: || and CONCAT give NULL when an argument is NULL; CONCAT_WS skips NULLs.
CREATE TABLE p (
  id INT,
  first STRING,
  last STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'p.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id, first || ' ' || last AS piped, CONCAT(first, last) AS cat, CONCAT_WS(' ', first, last) AS ws, UPPER(last) AS up
FROM p;
