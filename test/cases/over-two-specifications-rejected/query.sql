-- Two OVER windows with different specifications in one SELECT: Flink rejects them.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, SUM(v) OVER (PARTITION BY k ORDER BY ts) AS s1, COUNT(*) OVER (ORDER BY ts) AS c FROM base;
