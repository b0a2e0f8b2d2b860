-- Time travel (FOR SYSTEM_TIME AS OF outside a temporal join) needs a catalog that keeps table versions; the in-memory catalog's filesystem table has none.
CREATE TABLE base (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base FOR SYSTEM_TIME AS OF TIMESTAMP '2023-07-31 00:00:00';
