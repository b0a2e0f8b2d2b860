-- A WATERMARK for the base table's watermark column needs OVERWRITING WATERMARKS.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived (WATERMARK FOR ts AS ts) LIKE base;
SELECT * FROM derived;
