-- JSON_ARRAYAGG per group: values in arrival order, NULLs absent by default (NULL ON NULL keeps them), strings escaped and decimals bare, one -U/+U per row.
CREATE TABLE t (
  id INT,
  k STRING,
  s STRING,
  p DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT k, JSON_ARRAYAGG(s) AS ss, JSON_ARRAYAGG(s NULL ON NULL) AS sn, JSON_ARRAYAGG(p) AS ps, JSON_ARRAYAGG(id) AS ids FROM t GROUP BY k;
