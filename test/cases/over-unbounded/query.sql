-- OVER with UNBOUNDED PRECEDING, no partition: running count, sum, min and max over all rows in time order.
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

SELECT account, amount,
  COUNT(*) OVER w AS n,
  SUM(amount) OVER w AS run_sum,
  MIN(amount) OVER w AS lo,
  MAX(amount) OVER w AS hi
FROM tx
WINDOW w AS (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
