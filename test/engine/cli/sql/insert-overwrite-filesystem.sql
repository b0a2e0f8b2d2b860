-- INSERT OVERWRITE, probed on Flink 2.3.0 (a TableEnvironment in each mode): a filesystem sink takes it in batch mode only
CREATE TABLE base (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '../../../cases/dml-update-streaming/t.csv', 'format' = 'csv');
CREATE TABLE out_t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/flinksql-overwrite-out', 'format' = 'csv');
INSERT OVERWRITE out_t SELECT k, v FROM base;
