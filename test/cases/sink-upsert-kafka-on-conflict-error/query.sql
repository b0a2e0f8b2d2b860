-- ON CONFLICT DO ERROR (sources with watermarks): a second row for one sink key fails the job.
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

CREATE TABLE only_url (
  user_id STRING,
  url STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'only_url',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO only_url
SELECT user_id, url FROM page_views
ON CONFLICT DO ERROR;
