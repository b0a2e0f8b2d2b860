-- An append-only Kafka sink accepts a top-1 ORDER BY one key ASC (declared insert-only in Flink 2.3),
-- and the topic receives every replacement as another message (+U).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

CREATE TABLE sink_k (id INT, k STRING, v INT) WITH ('connector' = 'kafka', 'topic' = 't', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');
INSERT INTO sink_k SELECT id, k, v FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v ASC) AS rn FROM orders) WHERE rn = 1;
