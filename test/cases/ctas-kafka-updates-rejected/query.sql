-- CREATE TABLE ... AS SELECT into an append-only kafka sink: a GROUP BY's updates are rejected as for INSERT INTO.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t WITH ('connector' = 'kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json') AS SELECT k, COUNT(*) AS n FROM base GROUP BY k;
