-- QUALIFY ROW_NUMBER() OVER (... ORDER BY ts) = 1: a keep-first deduplication.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, ts FROM base QUALIFY ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts) = 1;
