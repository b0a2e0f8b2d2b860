-- Flink 2.3: ON CONFLICT DO NOTHING requires every source table to declare a WATERMARK.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
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
