-- LIMIT 2 OFFSET 1 without ORDER BY: the second and third rows.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base LIMIT 2 OFFSET 1;
