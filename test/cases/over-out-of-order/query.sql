-- OVER on event time sorts rows by time before aggregating; a row behind the watermark is dropped.
CREATE TABLE tx (
  account STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '10' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'tx.csv',
  'format' = 'csv'
);

SELECT account, amount, ts, SUM(amount) OVER (PARTITION BY account ORDER BY ts ROWS UNBOUNDED PRECEDING) AS run_sum
FROM tx;
