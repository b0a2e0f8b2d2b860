-- ON CONFLICT DO NOTHING with late rows: Flink 2.3.0 (WatermarkCompactingSinkMaterializer) stamps each row with the watermark it arrives with and compacts a key when the next watermark passes the stamp, one event-time timer per key; the eight late keys all wait for the end of input and are written in the timer heap's order (k1, then newest first); k2's second row is a conflict and dropped.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, id, v FROM orders ON CONFLICT DO NOTHING;
