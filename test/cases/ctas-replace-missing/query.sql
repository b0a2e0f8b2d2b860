-- REPLACE TABLE ... AS of a table that does not exist.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
REPLACE TABLE out_t WITH ('connector' = 'print') AS SELECT k FROM base;
