-- ARRAY_CONCAT of an INT array and a STRING array: 'Could not find a common type for arguments'.
CREATE TABLE t (
  id INT,
  a INT,
  b BIGINT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id, ARRAY_CONCAT(ARRAY[a], ARRAY[CAST(a AS STRING)]) AS c FROM t;
