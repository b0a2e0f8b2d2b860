-- A sink LIKE a table with a primary key, EXCLUDING OPTIONS: it inherits the key, so an upsert-kafka sink takes the GROUP BY's updates.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE pk_base (k STRING, n BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'blackhole');
CREATE TABLE out_t WITH ('connector' = 'upsert-kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json') LIKE pk_base (EXCLUDING OPTIONS);
INSERT INTO out_t SELECT k, COUNT(*) FROM base GROUP BY k;
