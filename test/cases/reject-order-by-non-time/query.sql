-- ORDER BY a column that is not a time attribute (without LIMIT) is rejected in streaming mode.
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

SELECT account, amount FROM tx ORDER BY amount;
