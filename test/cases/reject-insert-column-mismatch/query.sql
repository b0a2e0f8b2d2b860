-- INSERT whose query has fewer columns than the sink is rejected at validation.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE narrow (
  user_id STRING,
  url STRING,
  n INT
) WITH (
  'connector' = 'kafka',
  'topic' = 'narrow',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO narrow
SELECT user_id, url FROM page_views;
