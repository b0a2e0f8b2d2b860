-- Aggregates over NULLs: COUNT(col) skips NULL, SUM of only NULLs is NULL, NULL is a group key of its own.
CREATE TABLE vals (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'vals.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT k, COUNT(*) AS rows_n, COUNT(v) AS vals_n, SUM(v) AS total, MIN(v) AS lo
FROM vals
GROUP BY k;
