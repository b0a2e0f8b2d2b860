-- An anti join over a source with a primary key into upsert-kafka: a user is inserted, then deleted (-D tombstone) when a view arrives.
CREATE TABLE users (
  user_id STRING,
  name STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

CREATE TABLE idle_users (
  user_id STRING,
  name STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'idle_users',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO idle_users
SELECT u.user_id, u.name
FROM users AS u
WHERE NOT EXISTS (SELECT 1 FROM page_views AS v WHERE v.user_id = u.user_id);
