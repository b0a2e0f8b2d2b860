-- ORDER BY a time attribute the SELECT list leaves out: sorted on it, then projected away (rows behind the watermark wait, none is late here).
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base ORDER BY ts;
