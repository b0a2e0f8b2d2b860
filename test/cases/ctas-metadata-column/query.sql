-- CREATE TABLE ... (mts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') AS SELECT into kafka: the metadata column is not written by the query (null); the recorded value row is the physical columns.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (mts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') WITH ('connector' = 'kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json') AS SELECT k, v FROM t;
