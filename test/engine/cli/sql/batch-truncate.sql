-- batch mode, probed on Flink 2.3.0 (TableEnvironment in batch mode): print and blackhole cannot be sources,
-- a Kafka table is unbounded, a filesystem sink has no row-level update/delete/truncate
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '../../../cases/dml-update-streaming/t.csv', 'format' = 'csv');
CREATE TABLE p (k STRING, v INT) WITH ('connector' = 'print');
CREATE TABLE u (k STRING, v INT, PRIMARY KEY (k) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'x', 'properties.bootstrap.servers' = 'localhost:1', 'key.format' = 'csv', 'value.format' = 'csv');
TRUNCATE TABLE t;
