-- datediff is not a Flink 2.3.0 function: the call as written, with its arguments' type families.
CREATE TABLE t (
  k STRING,
  ts TIMESTAMP(3),
  flag BOOLEAN
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, datediff(ts, DATE '2024-01-01', k, flag, ARRAY[1], INTERVAL '1' DAY) AS d FROM t;
