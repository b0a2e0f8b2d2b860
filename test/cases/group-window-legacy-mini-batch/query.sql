-- Legacy GROUP BY user_id, HOP(...) under mini-batch: Flink plans no MiniBatchAssigner below a GroupWindowAggregate, the changelog is the one without mini-batch (group-window-legacy-hop).
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '100';
CREATE TABLE clicks (
  user_id STRING,
  url STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'clicks.csv',
  'format' = 'csv'
);
SELECT user_id, HOP_START(ts, INTERVAL '30' SECOND, INTERVAL '1' MINUTE) AS w_start, HOP_END(ts, INTERVAL '30' SECOND, INTERVAL '1' MINUTE) AS w_end,
  HOP_ROWTIME(ts, INTERVAL '30' SECOND, INTERVAL '1' MINUTE) AS w_time, COUNT(*) AS n, LISTAGG(url) AS urls
FROM clicks
GROUP BY user_id, HOP(ts, INTERVAL '30' SECOND, INTERVAL '1' MINUTE);
