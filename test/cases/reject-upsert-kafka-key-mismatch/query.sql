-- Flink 2.3: an insert-only query (no upsert key) into upsert-kafka keyed by user_id is rejected unless ON CONFLICT says how to resolve key conflicts.
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
SELECT user_id, url FROM page_views;
