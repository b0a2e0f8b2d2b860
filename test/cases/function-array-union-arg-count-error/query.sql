-- ARRAY_UNION takes exactly two arrays: Calcite's 'No match found for function signature' lists Flink's signature.
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

SELECT id, ARRAY_UNION(ARRAY[a]) AS u FROM t;
