-- PERCENTILE with a percentage outside [0, 1]: Flink 2.3.0's input type strategy refuses the call, ValidationException 'Invalid input arguments.'
CREATE TABLE t (
  k STRING,
  i INT,
  d DOUBLE,
  m DECIMAL(10, 2),
  ts TIMESTAMP(3),
  s STRING,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT k, PERCENTILE(i, 1.5) AS p FROM t GROUP BY k;
