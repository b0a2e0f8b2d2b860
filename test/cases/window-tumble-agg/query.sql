-- TUMBLE window aggregate without extra keys: one insert per window, fired by the watermark.
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

SELECT window_start, window_end, COUNT(*) AS clicks_n, COUNT(DISTINCT user_id) AS users_n
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end;
