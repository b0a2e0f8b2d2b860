-- ROW_NUMBER() OVER (ORDER BY c DESC) <= 2 with the rank column over a COUNT per key (UpdateFastStrategy): rows passing others swap ranks by position.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT * FROM (SELECT k, c, ROW_NUMBER() OVER (ORDER BY c DESC) AS rn FROM (SELECT k, COUNT(*) c FROM t GROUP BY k)) WHERE rn <= 2;
