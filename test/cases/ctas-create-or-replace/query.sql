-- CREATE OR REPLACE TABLE ... AS over an existing table: its new schema is the query's.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (x INT) WITH ('connector' = 'print');
CREATE OR REPLACE TABLE out_t WITH ('connector' = 'print') AS SELECT k, v + 1 AS w FROM base;
