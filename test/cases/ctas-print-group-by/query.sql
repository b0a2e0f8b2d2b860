-- CREATE TABLE ... AS SELECT: the new table's schema is the query's; its sink (print) receives the GROUP BY's retract stream.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
CREATE TABLE out_t WITH ('connector' = 'print') AS SELECT k, SUM(v) AS s, COUNT(*) AS n FROM base GROUP BY k;
