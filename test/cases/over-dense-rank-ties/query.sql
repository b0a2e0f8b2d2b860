-- DENSE_RANK() OVER (... ORDER BY ts) without a filter: peers share a rank, the next rank does not skip.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, DENSE_RANK() OVER (PARTITION BY k ORDER BY ts) AS r FROM base;
