-- Event-time deduplication keeping the earliest ts per key: a row with an earlier ts replaces the current first row.
CREATE TABLE logins (
  user_id STRING,
  device STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'logins.csv',
  'format' = 'csv'
);

SELECT user_id, device, ts
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts ASC) AS rn
  FROM logins
)
WHERE rn = 1;
