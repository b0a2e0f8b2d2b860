-- NVL is not a Flink 2.3.0 function (IFNULL is): Calcite's "No match found for function signature".
CREATE TABLE t (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, NVL(v, 0) AS v FROM t;
