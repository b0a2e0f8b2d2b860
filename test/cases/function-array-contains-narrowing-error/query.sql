-- ARRAY_CONTAINS with a BIGINT needle in an ARRAY<INT>: the needle must cast implicitly to the element type ('Invalid input arguments.').
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

SELECT id, ARRAY_CONTAINS(ARRAY[a], b) AS c FROM t;
