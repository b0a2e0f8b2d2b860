-- GROUP BY over a UNION ALL of two sources.
CREATE TABLE web (
  user_id STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'web.csv',
  'format' = 'csv'
);

CREATE TABLE app (
  user_id STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'app.csv',
  'format' = 'csv'
);

SELECT user_id, COUNT(*) AS visits
FROM (SELECT user_id FROM web UNION ALL SELECT user_id FROM app)
GROUP BY user_id;
