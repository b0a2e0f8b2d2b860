-- ORDER BY a time attribute LIMIT 2 OFFSET 1: a SortLimit whose rank range starts at 2.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base ORDER BY ts LIMIT 2 OFFSET 1;
