-- A versioned view (deduplicated last row per key on event time) as the right side of a temporal join.
CREATE TABLE rate_log (
  currency STRING,
  rate DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH (
  'connector' = 'filesystem',
  'path' = 'rates.csv',
  'format' = 'csv'
);
CREATE TABLE payments (
  pay_id INT,
  currency STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH (
  'connector' = 'filesystem',
  'path' = 'payments.csv',
  'format' = 'csv'
);

CREATE VIEW versioned_rates AS
SELECT currency, rate, ts
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY currency ORDER BY ts DESC) AS rn
  FROM rate_log
)
WHERE rn = 1;
SELECT p.pay_id, p.amount, r.rate
FROM payments AS p
JOIN versioned_rates FOR SYSTEM_TIME AS OF p.ts AS r
ON p.currency = r.currency;
