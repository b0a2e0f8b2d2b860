-- A filter and projection into a kafka sink: append-only, +I per message.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE a_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'a_views',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO a_views
SELECT user_id, UPPER(url) FROM page_views WHERE url <> '/b';
