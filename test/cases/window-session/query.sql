-- SESSION window (gap 30 s) over all rows: sessions merge and fire when the watermark passes their end.
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

SELECT window_start, window_end, COUNT(*) AS clicks_n
FROM TABLE(SESSION(TABLE clicks, DESCRIPTOR(ts), INTERVAL '30' SECOND))
GROUP BY window_start, window_end;
