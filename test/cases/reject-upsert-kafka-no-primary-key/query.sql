-- upsert-kafka without a PRIMARY KEY is rejected when the sink is created.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE views_per_user (
  user_id STRING,
  view_count BIGINT
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'views_per_user',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO views_per_user
SELECT user_id, COUNT(*) AS view_count
FROM page_views
GROUP BY user_id;
