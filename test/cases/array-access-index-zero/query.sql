-- arr[0]: Flink 2.3.0 fails the job (array indexes start at 1).
CREATE TABLE t (
  k STRING,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, ARRAY[10, 20][i] AS v FROM t;
