-- CREATE TABLE ... (x AS UPPER(k), mts ... METADATA VIRTUAL) AS SELECT into kafka: a computed and a virtual metadata column beside the query's.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (x AS UPPER(k), mts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL) WITH ('connector' = 'kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json') AS SELECT k, v FROM t;
