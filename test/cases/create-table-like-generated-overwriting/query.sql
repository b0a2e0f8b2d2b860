-- OVERWRITING GENERATED: the new computed column c replaces the base's in its place.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived (c AS v + 100) LIKE base (OVERWRITING GENERATED);
SELECT * FROM derived;
