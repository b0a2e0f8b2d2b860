-- JSON_OBJECTAGG in a GROUP BY (JsonObjectAggFunction): NULL ON NULL by default (alpha: null), ABSENT ON NULL drops the member; values written as JSON (numbers bare, strings quoted); members printed sorted by key.
CREATE TABLE t (id INT, g STRING, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT g, JSON_OBJECTAGG(KEY k VALUE v) AS o, JSON_OBJECTAGG(k VALUE CAST(v AS STRING) ABSENT ON NULL) AS a FROM t GROUP BY g;
