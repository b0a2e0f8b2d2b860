-- HOP (size 1 min, slide 30 s) per user: keys fire in Flink's timer-heap order; a fired window registers the next one's timer; a row late for its slice still counts in its open window.
CREATE TABLE clicks (
  user_id STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '2' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'clicks.csv',
  'format' = 'csv'
);

SELECT window_start, window_end, user_id, COUNT(*) AS n
FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), INTERVAL '30' SECOND, INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, user_id;
