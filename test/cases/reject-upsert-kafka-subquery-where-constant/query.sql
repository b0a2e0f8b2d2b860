-- INSERT into upsert-kafka keyed by k of a GROUP BY k whose WHERE compares an uncorrelated subquery with a constant: the join ON TRUE above the aggregation keeps no column of the subquery's side, so it has no upsert key, and Flink 2.3.0 asks for ON CONFLICT.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
CREATE TABLE per_k (
  k STRING,
  c BIGINT,
  PRIMARY KEY (k) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'per_k',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO per_k SELECT k, COUNT(*) AS c FROM orders WHERE (SELECT COUNT(*) FROM dims) > 5 GROUP BY k;
