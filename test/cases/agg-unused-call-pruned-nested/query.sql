-- An outer GROUP BY over a subquery's GROUP BY whose COUNT(*) it does not read: the inner row changes only with MAX(v), so the outer sees fewer retractions.
CREATE TABLE t (k STRING, id INT, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS g, SUM(m) AS total FROM (SELECT k, MAX(v) AS m, COUNT(*) AS c FROM t GROUP BY k, id % 2) GROUP BY k;
