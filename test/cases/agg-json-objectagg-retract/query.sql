-- JSON_OBJECTAGG over an updating input: the inner count's -U takes the key out (retract removes it) and its +U puts it back with the new count.
CREATE TABLE t (id INT, g STRING, k STRING) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT g, JSON_OBJECTAGG(KEY k VALUE n) AS o FROM (SELECT g, k, COUNT(*) AS n FROM t GROUP BY g, k) GROUP BY g;
