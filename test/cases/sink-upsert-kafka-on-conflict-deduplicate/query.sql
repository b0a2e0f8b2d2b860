-- ON CONFLICT DO DEDUPLICATE: the latest row per sink key wins; what upsert-kafka receives.
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE last_url (
  user_id STRING,
  url STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'last_url',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO last_url
SELECT user_id, url FROM page_views
ON CONFLICT DO DEDUPLICATE;
