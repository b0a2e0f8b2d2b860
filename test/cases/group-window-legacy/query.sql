-- Legacy group window syntax GROUP BY TUMBLE(ts, ...) with TUMBLE_START/TUMBLE_END, still accepted.
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

SELECT TUMBLE_START(ts, INTERVAL '1' MINUTE) AS w_start, TUMBLE_END(ts, INTERVAL '1' MINUTE) AS w_end, COUNT(*) AS clicks_n
FROM clicks
GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE);
