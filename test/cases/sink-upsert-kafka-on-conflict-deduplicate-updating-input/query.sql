-- ON CONFLICT DO DEDUPLICATE over an updating input keyed (k, id), not by the sink's key (k): SinkUpsertMaterializer keeps every row a key holds and writes the newest; an update of a group arrives as -U then +U, so a key holding only that row is deleted and inserted again (-D, +I), while the update of an older row of the key writes nothing.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, id, SUM(v) FROM orders GROUP BY k, id ON CONFLICT DO DEDUPLICATE;
