-- Aggregate over an aggregate (counts of counts): the upstream -U/+U retracts, a bucket that empties is deleted with -D.
CREATE TABLE clicks (
  user_id STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'clicks.csv',
  'format' = 'csv'
);

SELECT cnt, COUNT(*) AS users
FROM (SELECT user_id, COUNT(*) AS cnt FROM clicks GROUP BY user_id)
GROUP BY cnt;
