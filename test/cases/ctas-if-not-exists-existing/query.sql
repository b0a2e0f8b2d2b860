-- CREATE TABLE IF NOT EXISTS ... AS over an existing table.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (k STRING) WITH ('connector' = 'print');
CREATE TABLE IF NOT EXISTS out_t WITH ('connector' = 'print') AS SELECT k FROM base;
