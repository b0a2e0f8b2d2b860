-- The unqualified name of a USING column is the common column (COALESCE under a FULL JOIN), each side's stays reachable by its qualified name.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT k, a.k AS ak, b.k AS bk, x, y FROM a FULL JOIN b USING (k);
