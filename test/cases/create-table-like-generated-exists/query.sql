-- A computed column the base table has already needs OVERWRITING GENERATED.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived (c AS v + 100) LIKE base;
SELECT * FROM derived;
