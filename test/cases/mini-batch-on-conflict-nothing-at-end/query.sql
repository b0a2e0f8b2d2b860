-- ON CONFLICT DO NOTHING under mini-batch: Flink's processing-time MiniBatchAssigner lets no watermark through before the end of input, so the sink's materializer stamps every row Long.MIN_VALUE and compacts all keys at the end, in timer-heap order (a, then the newest key c, then b); each key's first row is kept.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
INSERT INTO sink_t SELECT k, id, v FROM orders ON CONFLICT DO NOTHING;
