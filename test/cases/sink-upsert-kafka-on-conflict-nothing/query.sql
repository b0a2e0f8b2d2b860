-- ON CONFLICT DO NOTHING (sources with watermarks): the first row per sink key is kept; what upsert-kafka receives.
CREATE TABLE page_views (
  user_id STRING,
  url STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE first_url (
  user_id STRING,
  url STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'first_url',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO first_url
SELECT user_id, url FROM page_views
ON CONFLICT DO NOTHING;
