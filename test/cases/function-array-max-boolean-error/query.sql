-- ARRAY_MAX over BOOLEAN elements: Flink 2.3.0 says the type should support both EQUALS and ORDER comparison.
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

SELECT id, ARRAY_MAX(ARRAY[a > 1, TRUE]) AS m FROM t;
