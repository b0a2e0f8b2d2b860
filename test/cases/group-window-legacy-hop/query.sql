-- Legacy GROUP BY user_id, HOP(ts, slide 30 s, size 1 min) with HOP_START, HOP_END, HOP_ROWTIME (GroupWindowAggregate): several users' windows fire on one watermark, a row behind the watermark is dropped.
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
