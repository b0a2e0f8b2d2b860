-- Deduplication keeping the last row per key (ORDER BY PROCTIME() DESC): each new row replaces the old with -U/+U.
CREATE TABLE logins (
  user_id STRING,
  device STRING,
  ts TIMESTAMP(3),
  proc AS PROCTIME()
) WITH (
  'connector' = 'filesystem',
  'path' = 'logins.csv',
  'format' = 'csv'
);
SELECT user_id, device
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY proc DESC) AS rn
  FROM logins
)
WHERE rn = 1;
