-- LISTAGG(DISTINCT CAST(v AS STRING)) when a row repeats a value: the string is unchanged.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, LISTAGG(DISTINCT CAST(v AS STRING)) AS xs FROM t GROUP BY k;
