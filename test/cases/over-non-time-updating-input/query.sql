-- ROW_NUMBER() OVER (ORDER BY c) over a GROUP BY's counts: retractions (-U) take a row out (-D) and renumber the rows after it, +U inputs come out as +U.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, c, ROW_NUMBER() OVER (ORDER BY c) AS rn FROM (SELECT k, COUNT(*) c FROM t GROUP BY k);
