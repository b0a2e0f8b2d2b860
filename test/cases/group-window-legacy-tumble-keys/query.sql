-- Legacy GROUP BY TUMBLE(ts, 30 s), user_id with TUMBLE_START, TUMBLE_ROWTIME (GroupWindowAggregate): users' windows fire on one watermark in the order of the per-row timers, a row behind the watermark is dropped.
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
SELECT user_id, TUMBLE_START(ts, INTERVAL '30' SECOND) AS w_start, TUMBLE_ROWTIME(ts, INTERVAL '30' SECOND) AS w_time, COUNT(*) AS n, LISTAGG(url) AS urls
FROM clicks
GROUP BY TUMBLE(ts, INTERVAL '30' SECOND), user_id;
