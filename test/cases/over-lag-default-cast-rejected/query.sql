-- LAG(d, 1, 0) with a DOUBLE d and an INT default: LagAggFunction's 'Please explicitly cast default value INT NOT NULL to INT NOT NULL.' (it names the offset's type as the target).
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
SELECT k, d, LAG(d, 1, 0) OVER (PARTITION BY k ORDER BY ts) AS x FROM t;
