-- MAP_FROM_ARRAYS of arrays of different lengths fails the job at runtime (FlinkRuntimeException).
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

SELECT id, MAP_FROM_ARRAYS(ARRAY[a, 2], ARRAY[b]) AS m FROM t;
