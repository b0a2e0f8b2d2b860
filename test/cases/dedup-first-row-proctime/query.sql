-- Deduplication keeping the first row per key (ORDER BY PROCTIME() ASC): insert-only.
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
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY proc ASC) AS rn
  FROM logins
)
WHERE rn = 1;
