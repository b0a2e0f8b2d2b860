-- A GROUP BY into blackhole: accepted; the changelog the blackhole sink consumes.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE nowhere (
  user_id STRING,
  cnt BIGINT
) WITH (
  'connector' = 'blackhole'
);
INSERT INTO nowhere
SELECT user_id, COUNT(*) FROM page_views GROUP BY user_id;
