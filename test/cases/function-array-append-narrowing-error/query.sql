-- ARRAY_APPEND of a BIGINT to an ARRAY<INT>: the element must cast implicitly to the array's element type ('Invalid input arguments.').
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

SELECT id, ARRAY_APPEND(ARRAY[a], b) AS c FROM t;
