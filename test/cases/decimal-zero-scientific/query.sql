-- A DECIMAL prints as Java's BigDecimal.toString: zero at scale 12 is 0E-12 (scientific when the adjusted exponent is below -6) (found by test/flink/random.mjs).
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
SELECT id, CAST(v AS DECIMAL(3, 1)) / 7 AS d, CAST(v AS DECIMAL(3, 1)) / 7000000 AS small FROM t;
