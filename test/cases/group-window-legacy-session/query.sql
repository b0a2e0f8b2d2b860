-- Legacy GROUP BY user_id, SESSION(ts, 20 s) with SESSION_START, SESSION_END, SESSION_ROWTIME (GroupWindowAggregate, merging windows): sessions per user joined by a row between them, several users' sessions fire on one watermark.
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
SELECT user_id, SESSION_START(ts, INTERVAL '20' SECOND) AS s_start, SESSION_END(ts, INTERVAL '20' SECOND) AS s_end,
  SESSION_ROWTIME(ts, INTERVAL '20' SECOND) AS s_time, COUNT(*) AS n, LISTAGG(url) AS urls
FROM clicks
GROUP BY user_id, SESSION(ts, INTERVAL '20' SECOND);
