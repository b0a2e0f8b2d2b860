-- CREATE TABLE with a column the query also has ... AS SELECT: the declared type, in the query's position.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (v BIGINT, extra STRING) WITH ('connector' = 'print') AS SELECT k, v FROM base;
