-- OVER ROWS on processing time: the running count per key does not depend on the clock.
CREATE TABLE words (
  word STRING,
  proc AS PROCTIME()
) WITH (
  'connector' = 'filesystem',
  'path' = 'words.csv',
  'format' = 'csv'
);
SELECT word, COUNT(*) OVER (PARTITION BY word ORDER BY proc ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS seen
FROM words;
