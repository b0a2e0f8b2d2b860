-- TUMBLE_ROWTIME of a processing-time legacy window: Flink 2.3.0's ValidationException 'A proctime window cannot provide a rowtime attribute.'
CREATE TABLE t (
  k STRING,
  i INT,
  d DOUBLE,
  m DECIMAL(10, 2),
  ts TIMESTAMP(3),
  s STRING,
  pt AS PROCTIME(),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT TUMBLE_ROWTIME(pt, INTERVAL '1' MINUTE) AS r, COUNT(*) AS n FROM t GROUP BY TUMBLE(pt, INTERVAL '1' MINUTE);
