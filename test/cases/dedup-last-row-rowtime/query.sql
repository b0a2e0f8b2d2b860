-- Event-time deduplication keeping the latest ts per key: an older row (u1 at 10:00:08) does not replace a newer one.
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
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts DESC) AS rn
  FROM logins
)
WHERE rn = 1;
