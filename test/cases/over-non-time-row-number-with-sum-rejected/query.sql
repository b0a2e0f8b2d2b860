-- ROW_NUMBER() and SUM(v) over one non-time window: 'Over Agg: Unsupported use of OVER windows.'
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, ROW_NUMBER() OVER w AS rn, SUM(v) OVER w AS s FROM t WINDOW w AS (PARTITION BY k ORDER BY v);
