-- CREATE TABLE ... (v AS 1) AS SELECT k, v: a computed column named as a query column.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (v AS 1) WITH ('connector' = 'print') AS SELECT k, v FROM t;
