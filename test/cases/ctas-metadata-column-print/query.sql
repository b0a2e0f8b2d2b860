-- CREATE TABLE ... (m STRING METADATA) WITH print AS SELECT: the print connector has no writable metadata.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (m STRING METADATA) WITH ('connector' = 'print') AS SELECT k, v FROM t;
