-- INSERT INTO t (cols): columns not listed are NULL.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE wide (
  user_id STRING,
  url STRING,
  note STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'wide',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO wide (url, user_id)
SELECT url, user_id FROM page_views WHERE user_id = 'u2';
