-- A GROUP BY into a filesystem sink (append-only) is rejected at planning.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE out_counts (
  user_id STRING,
  cnt BIGINT
) WITH (
  'connector' = 'filesystem',
  'path' = 'out',
  'format' = 'csv'
);
INSERT INTO out_counts
SELECT user_id, COUNT(*) FROM page_views GROUP BY user_id;
