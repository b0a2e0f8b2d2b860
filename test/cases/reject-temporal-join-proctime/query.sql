-- A processing-time temporal join against a plain filesystem table (not a lookup source) is rejected.
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
  proc AS PROCTIME()
) WITH (
  'connector' = 'filesystem',
  'path' = 'payments.csv',
  'format' = 'csv'
);
SELECT p.pay_id, r.rate
FROM payments AS p
JOIN rates FOR SYSTEM_TIME AS OF p.proc AS r
ON p.currency = r.currency;
