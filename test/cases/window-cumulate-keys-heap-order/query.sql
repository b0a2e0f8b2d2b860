-- CUMULATE (step 20 s, max 1 min) per user: each fired step registers the next step's timer up to the max window, so keys interleave in Flink's timer-heap order.
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
FROM TABLE(CUMULATE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '20' SECOND, INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, user_id;
