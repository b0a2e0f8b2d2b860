-- LAG with a negative offset: the job fails on the first row, LagAggFunction's TableException 'Offset(-1) should be positive.'
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
SELECT k, i, LAG(i, -1) OVER (PARTITION BY k ORDER BY ts) AS x FROM t;
