-- TUMBLE_PROCTIME of an event-time legacy TUMBLE window: Flink 2.3.0 gives null for every window.
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
SELECT TUMBLE_START(ts, INTERVAL '1' MINUTE) AS s, TUMBLE_PROCTIME(ts, INTERVAL '1' MINUTE) AS p, COUNT(*) AS n FROM t GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE);
