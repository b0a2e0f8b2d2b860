-- JSON_OBJECTAGG fails the job when a group meets a key twice (TableException), after the first row went out.
CREATE TABLE t (id INT, g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE s (g STRING, o STRING) WITH ('connector' = 'print');
INSERT INTO s SELECT g, JSON_OBJECTAGG(KEY k VALUE v) AS o FROM t GROUP BY g;
