-- QUALIFY with a rank bound and a filter on an output column.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v FROM base QUALIFY ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) <= 2 AND v > 1;
