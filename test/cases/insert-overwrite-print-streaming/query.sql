-- INSERT OVERWRITE into a print table in streaming mode.
CREATE TABLE base (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (k STRING, v INT) WITH ('connector' = 'print');
INSERT OVERWRITE out_t SELECT k, v FROM base;
