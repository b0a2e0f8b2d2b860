-- QUALIFY r <= 2 on the SELECT list's ROW_NUMBER() ordered by the rowtime: a Top-N whose rows only come in (+I).
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts) AS r FROM t QUALIFY r <= 2;
