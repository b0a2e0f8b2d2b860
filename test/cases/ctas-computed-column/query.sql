-- CREATE TABLE ... (x AS v * 2) AS SELECT: a computed column declared beside the query's columns; the sink receives the physical columns (k, v) only.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (x AS v * 2) WITH ('connector' = 'print') AS SELECT k, v FROM t;
