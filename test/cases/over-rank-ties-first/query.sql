-- RANK, DENSE_RANK and ROW_NUMBER over peers at the first timestamp (three rows), then one, then two.
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT v, RANK() OVER w AS r, DENSE_RANK() OVER w AS d FROM base WINDOW w AS (PARTITION BY k ORDER BY ts);
