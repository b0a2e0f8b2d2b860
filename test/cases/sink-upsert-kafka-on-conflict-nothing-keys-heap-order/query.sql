-- ON CONFLICT DO NOTHING with late rows: Flink 2.3.0 (WatermarkCompactingSinkMaterializer) holds nine keys behind the watermark and writes them when the end of input compacts them, in its heap keyed state's order; the engine writes each key's first row as it comes (k2's second row dropped in both). The final table agrees; the order is not modelled.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, id, v FROM orders ON CONFLICT DO NOTHING;
