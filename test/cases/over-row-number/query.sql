-- ROW_NUMBER() OVER (... ORDER BY ts) without a filter on it: an OVER aggregation numbering rows in time order (peers by arrival).
CREATE TABLE base (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 'base.csv', 'format' = 'csv');
SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts) AS rn FROM base;
