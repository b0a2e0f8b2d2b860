-- RAND(seed) is java.util.Random's nextDouble: a literal seed one generator row after row, a column's seed a new one per row.
CREATE TABLE t (
  k STRING,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, RAND(42) AS r42, RAND(i) AS ri, RAND_INTEGER(7, 100) AS n7 FROM t;
