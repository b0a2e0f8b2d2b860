-- DELETE in streaming mode: validated, then rejected (TableException), as UPDATE.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
DELETE FROM t WHERE k = 'a';
