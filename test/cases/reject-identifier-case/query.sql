-- Identifiers are case-sensitive in Flink SQL: Word does not resolve column word.
CREATE TABLE words (
  word STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.csv',
  'format' = 'csv'
);

SELECT Word FROM words;
