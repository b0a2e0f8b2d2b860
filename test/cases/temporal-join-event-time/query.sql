-- Event-time temporal join FOR SYSTEM_TIME AS OF against a versioned table (primary key + watermark): each payment gets the rate valid at its time.
CREATE TABLE rates (
  currency STRING,
  rate DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts,
  PRIMARY KEY (currency) NOT ENFORCED
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

SELECT p.pay_id, p.currency, p.amount, r.rate, p.amount * r.rate AS converted
FROM payments AS p
JOIN rates FOR SYSTEM_TIME AS OF p.ts AS r
ON p.currency = r.currency;
