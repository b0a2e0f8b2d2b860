-- An OVER window ordered by its time attribute DESC: Flink 2.3.0's 'The window can only be ordered in ASCENDING mode.'
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
SELECT k, i, SUM(i) OVER (PARTITION BY k ORDER BY ts DESC) AS x FROM t;
