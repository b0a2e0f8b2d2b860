-- CREATE TABLE ... LIKE: the base table's columns (computed ones in place) come first, then the new ones; the new WITH options overwrite the base's (OVERWRITING OPTIONS is the default), the rest are inherited.
CREATE TABLE base (k STRING, v INT, c AS v * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE derived (extra STRING, c2 AS v + 1) WITH ('path' = 'derived.csv') LIKE base;
SELECT * FROM derived;
