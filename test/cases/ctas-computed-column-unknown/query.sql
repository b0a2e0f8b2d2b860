-- CREATE TABLE ... (x AS w + 1) AS SELECT k, v: a computed column over a column neither declared nor in the query.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (x AS w + 1) WITH ('connector' = 'print') AS SELECT k, v FROM t;
