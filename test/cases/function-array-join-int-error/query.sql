-- ARRAY_JOIN over an ARRAY<INT> is Flink's 'Invalid input arguments.' (its elements must be strings).
CREATE TABLE t (
  id INT,
  a INT,
  b BIGINT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id, ARRAY_JOIN(ARRAY[a], ',') AS j FROM t;
