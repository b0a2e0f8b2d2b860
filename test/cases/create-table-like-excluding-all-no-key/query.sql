-- EXCLUDING ALL drops the primary key too: an upsert-kafka sink LIKE it has none.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE pk_base (k STRING, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'blackhole');
CREATE TABLE out_t WITH ('connector' = 'upsert-kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json') LIKE pk_base (EXCLUDING ALL);
INSERT INTO out_t SELECT k, COUNT(*) FROM base GROUP BY k;
