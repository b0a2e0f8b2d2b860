CREATE TABLE t2 WITH ('connector' = 'print') AS SELECT a, COUNT(*) AS c FROM t1 GROUP BY a
