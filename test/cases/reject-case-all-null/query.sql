-- A CASE whose THEN and ELSE results are all bare NULLs is rejected, also NULLIF(NULL, x) (a CASE underneath).
CREATE TABLE t (
  id INT,
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id, CASE WHEN v > 0 THEN NULL END AS c FROM t;
