-- LIKE a view is an error.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE VIEW vw AS SELECT k, v FROM base;
CREATE TABLE derived LIKE vw;
SELECT * FROM derived;
