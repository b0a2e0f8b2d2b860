-- ON CONFLICT DO NOTHING where the query's upsert key is the sink's key (k): every update of the key reaches the sink.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, n BIGINT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, COUNT(*), MAX(v) FROM orders GROUP BY k ON CONFLICT DO NOTHING;
