-- JSON_OBJECTAGG with a NULL key fails the job: its accumulator's map view takes no null keys (TableRuntimeException).
CREATE TABLE t (id INT, g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE s (g STRING, o STRING) WITH ('connector' = 'print');
INSERT INTO s SELECT g, JSON_OBJECTAGG(KEY k VALUE v) AS o FROM t GROUP BY g;
