-- ORDER BY a time attribute (ascending) is allowed in streaming: rows are emitted sorted as the watermark advances.
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

SELECT account, amount, ts FROM tx ORDER BY ts;
