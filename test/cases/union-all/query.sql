-- UNION ALL of two sources: rows pass through in arrival order (source one, then source two).
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

SELECT 'web' AS channel, user_id, ts FROM web
UNION ALL
SELECT 'app' AS channel, user_id, ts FROM app;
