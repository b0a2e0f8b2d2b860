-- ROW_NUMBER() and SUM over the same OVER (...): one window or two?
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, ROW_NUMBER() OVER w AS rn, SUM(v) OVER w AS s FROM base WINDOW w AS (PARTITION BY k ORDER BY ts);
