-- ON CONFLICT DO NOTHING over an updating input whose upsert key (k, id) is not the sink's key (k): the materializer compacts each key's -U/+U pairs by the upsert key; a second id for a key is a conflict and the first row written stays.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE sink_t (k STRING, id INT, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'out', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

INSERT INTO sink_t SELECT k, id, SUM(v) FROM orders GROUP BY k, id ON CONFLICT DO NOTHING;
