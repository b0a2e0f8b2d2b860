-- CREATE TABLE ... (x AS v * 2, k STRING) AS SELECT k, v WHERE v > 2: a computed column over a query column, a declared column taking its type.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE o (x AS CONCAT(k, '!'), k STRING) WITH ('connector' = 'print') AS SELECT k, v FROM t WHERE v > 2;
