-- CREATE TABLE with a WATERMARK ... AS SELECT.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (WATERMARK FOR ts AS ts) WITH ('connector' = 'print') AS SELECT k, ts FROM base;
