-- RANK() OVER (... ORDER BY ts) without a filter: peers (same ts) share a rank, the next rank skips.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, RANK() OVER (PARTITION BY k ORDER BY ts) AS r FROM base;
