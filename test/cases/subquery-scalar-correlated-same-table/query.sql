-- A correlated MAX subquery over the outer query's own table, the outer columns unqualified: k and v name the outer t's columns, not the subquery's (its join adds no names to the scope).
CREATE TABLE t (k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, v FROM t AS o WHERE v >= (SELECT MAX(v) FROM t AS i WHERE i.k = o.k);
