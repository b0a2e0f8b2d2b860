-- QUALIFY on a ROW_NUMBER() OVER (...) that is not in the SELECT list: the Top-N it stands for (Flink 2.3.0 takes QUALIFY).
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base QUALIFY ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) = 1;
