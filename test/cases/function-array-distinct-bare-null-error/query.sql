-- ARRAY_DISTINCT(NULL): Calcite cannot type a bare NULL array argument ('Illegal use of 'NULL''); ARRAY_APPEND(a, NULL) is fine.
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

SELECT id, ARRAY_APPEND(ARRAY[a], NULL) AS ok, ARRAY_DISTINCT(NULL) AS bad FROM t;
