-- QUALIFY r <= 2 on the SELECT list's own ROW_NUMBER() ... AS r ordered by a non-time column: the Top-N with rank number (ties in arrival order, NULL first), as the subquery form.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) AS r FROM t QUALIFY r <= 2;
