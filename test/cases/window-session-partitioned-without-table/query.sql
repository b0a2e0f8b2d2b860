-- The table argument without TABLE: Flink 2.3.0's parser takes `name PARTITION BY k` as a call's first argument (Calcite's PartitionedQueryOrQueryOrExpr), but its validator reads the name as a column: rejected, where TABLE clicks PARTITION BY user_id runs (case window-session-partitioned).
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

SELECT user_id, window_start, window_end, COUNT(*) AS clicks_n
FROM TABLE(SESSION(clicks PARTITION BY user_id, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY user_id, window_start, window_end;
