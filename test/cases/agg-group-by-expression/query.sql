-- GROUP BY an expression (first letter, length bucket) with CASE inside an aggregate.
CREATE TABLE words (
  word STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.csv',
  'format' = 'csv'
);

SELECT SUBSTRING(word FROM 1 FOR 1) AS first_letter, COUNT(*) AS n, SUM(CASE WHEN CHAR_LENGTH(word) > 4 THEN 1 ELSE 0 END) AS long_words
FROM words
GROUP BY SUBSTRING(word FROM 1 FOR 1);
