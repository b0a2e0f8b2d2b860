-- A two-column PRIMARY KEY over nullable query columns: the key's name in the message.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t (PRIMARY KEY (k, v) NOT ENFORCED) WITH ('connector' = 'print') AS SELECT k, v FROM base;
