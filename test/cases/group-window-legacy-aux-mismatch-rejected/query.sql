-- TUMBLE_START with another interval than the GROUP BY's TUMBLE: Calcite's 'Call to auxiliary group function ... must have matching call to group function '$TUMBLE' in GROUP BY clause' at the auxiliary call.
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
SELECT TUMBLE_START(ts, INTERVAL '2' MINUTE) AS s, COUNT(*) AS n FROM t GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE);
