-- CREATE TABLE ... (k STRING, x AS v * 2, v INT) AS SELECT: declared physical columns around a computed one; the sink row is k, v.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (k STRING, x AS v * 2, v INT) WITH ('connector' = 'print') AS SELECT k, v FROM t;
