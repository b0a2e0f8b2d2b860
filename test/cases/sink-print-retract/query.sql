-- A GROUP BY into the print connector: print accepts a retract stream and consumes -U/+U.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE console (
  user_id STRING,
  cnt BIGINT
) WITH (
  'connector' = 'print'
);
INSERT INTO console
SELECT user_id, COUNT(*) FROM page_views GROUP BY user_id;
