-- Window join: clicks and orders joined per user inside the same 1-minute tumbling window, emitted when the window fires.
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

CREATE TABLE buys (
  user_id STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'buys.csv',
  'format' = 'csv'
);

SELECT c.window_start, c.user_id, c.url, b.amount
FROM (SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) AS c
JOIN (SELECT * FROM TABLE(TUMBLE(TABLE buys, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) AS b
ON c.user_id = b.user_id AND c.window_start = b.window_start AND c.window_end = b.window_end;
