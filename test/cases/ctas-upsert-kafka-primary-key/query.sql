-- CREATE TABLE with a PRIMARY KEY ... AS SELECT into upsert-kafka: the key is the query's k (NOT NULL by the key); the topic gets +I/+U.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json') AS SELECT k, COUNT(*) AS n FROM base GROUP BY k;
