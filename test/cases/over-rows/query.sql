-- OVER ROWS BETWEEN 1 PRECEDING AND CURRENT ROW per account on event time: each row gets its running values, insert-only.
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
  SUM(amount) OVER w AS last2_sum,
  COUNT(*) OVER w AS last2_cnt
FROM tx
WINDOW w AS (PARTITION BY account ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW);
