-- ORDER BY v DESC LIMIT 2 OFFSET 1: ranks 2-3 of a changing order; rows move in and out by position.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base ORDER BY v DESC LIMIT 2 OFFSET 1;
