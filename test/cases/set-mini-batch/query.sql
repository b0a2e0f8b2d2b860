-- SET mini-batch on (1 min latency): the whole bounded input fits one batch, so GroupAggregate emits one row per key and no -U/+U.
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE words (
  word STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.csv',
  'format' = 'csv'
);

SELECT word, COUNT(*) AS cnt FROM words GROUP BY word;
