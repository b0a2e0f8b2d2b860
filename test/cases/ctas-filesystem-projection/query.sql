-- CREATE TABLE ... AS SELECT into a filesystem sink: an insert-only projection is written as it comes.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t WITH ('connector' = 'filesystem', 'path' = 'out', 'format' = 'csv') AS SELECT k, v * 10 AS v10, ts FROM base WHERE v > 1;
