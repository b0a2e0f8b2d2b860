-- A bare NULL operand of an operator or function that cannot infer its type is rejected (Calcite's "Illegal use of 'NULL'"): k || NULL, UPPER(NULL), NULL + 1, IF(c, NULL, 1); COALESCE(NULL, 1) and v = NULL are fine (found by test/flink/random.mjs).
CREATE TABLE t (
  id INT,
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id, k || NULL AS s FROM t;
