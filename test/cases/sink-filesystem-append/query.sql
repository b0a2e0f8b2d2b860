-- A projection into a filesystem (csv) sink: append-only, the rows it would write.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE out_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'out',
  'format' = 'csv'
);
INSERT INTO out_views
SELECT user_id, url FROM page_views WHERE user_id = 'u1';
