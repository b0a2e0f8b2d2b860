-- HAVING into upsert-kafka: a group that stops qualifying is deleted with -D.
CREATE TABLE flags (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'flags.csv',
  'format' = 'csv'
);

CREATE TABLE small_groups (
  k STRING,
  cnt BIGINT,
  PRIMARY KEY (k) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'small_groups',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO small_groups
SELECT k, COUNT(*) AS cnt
FROM flags
GROUP BY k
HAVING COUNT(*) < 3;
