-- CREATE TABLE with columns ... AS SELECT: Flink 2.3.0 takes declared columns.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (extra STRING) WITH ('connector' = 'print') AS SELECT k, v FROM base;
