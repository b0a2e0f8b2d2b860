-- Mini-batch: each key emits once per bundle, in the order Flink iterates its HashMap of key rows
-- (BinaryRowData hash: short strings inline, long ones in the variable part; a composite key).
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '1000';
CREATE TABLE words (
  word STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.csv',
  'format' = 'csv'
);

SELECT word, CHAR_LENGTH(word) AS len, COUNT(*) AS cnt, SUM(n) AS total FROM words GROUP BY word, CHAR_LENGTH(word);
