-- ON CONFLICT DO ERROR: rows wait under the watermark they arrived with and a key is compacted once the next watermark passes it (WatermarkCompactingSinkMaterializer): c's second row (id 5) arrives after c was written, b is written, and a's two rows (ids 3, 4), stamped with one watermark, are the conflict reported; c's conflict, due at the same watermark, comes after a's in the timer heap.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, id, v FROM orders ON CONFLICT DO ERROR;
