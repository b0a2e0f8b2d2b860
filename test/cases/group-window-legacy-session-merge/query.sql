-- Legacy GROUP BY user_id, SESSION(ts, 20 s) under a 20 s watermark delay: rows arriving out of order bridge two sessions of a user into one (merging windows), several users' sessions fire on one watermark.
CREATE TABLE clicks (
  user_id STRING,
  url STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '20' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'clicks.csv',
  'format' = 'csv'
);
SELECT user_id, SESSION_START(ts, INTERVAL '20' SECOND) AS s_start, SESSION_END(ts, INTERVAL '20' SECOND) AS s_end, COUNT(*) AS n, LISTAGG(url) AS urls
FROM clicks
GROUP BY user_id, SESSION(ts, INTERVAL '20' SECOND);
