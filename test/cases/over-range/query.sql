-- OVER RANGE BETWEEN INTERVAL 1 MINUTE PRECEDING: the sum of the rows of the account in the last minute of event time.
CREATE TABLE tx (
  account STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'tx.csv',
  'format' = 'csv'
);

SELECT account, amount, ts,
  SUM(amount) OVER (PARTITION BY account ORDER BY ts RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW) AS minute_sum
FROM tx;
