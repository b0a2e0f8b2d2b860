-- MIN/MAX over a retracting input (per-user latest sum): retraction of the current max falls back to the next value.
CREATE TABLE scores (
  player STRING,
  pts INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'scores.csv',
  'format' = 'csv'
);

SELECT MAX(total) AS best, MIN(total) AS worst, COUNT(*) AS players
FROM (SELECT player, SUM(pts) AS total FROM scores GROUP BY player);
