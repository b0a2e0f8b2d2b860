-- LEFT temporal join: a payment with no rate version (USD) is NULL-padded.
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

SELECT p.pay_id, p.currency, r.rate
FROM payments AS p
LEFT JOIN rates FOR SYSTEM_TIME AS OF p.ts AS r
ON p.currency = r.currency;
