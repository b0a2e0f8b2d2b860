-- HAVING on a count that stops qualifying: the group row is retracted with -D.
CREATE TABLE flags (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'flags.csv',
  'format' = 'csv'
);

SELECT k, COUNT(*) AS cnt, MAX(v) AS mx
FROM flags
GROUP BY k
HAVING COUNT(*) < 3;
