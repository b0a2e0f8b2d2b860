-- UPDATE in streaming mode: Flink validates it as a query over the table, then rejects it (TableException); in batch mode (cli test dml-batch) a filesystem sink has no row-level update.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
UPDATE t SET v = 1 WHERE k = 'a';
