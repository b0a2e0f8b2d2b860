-- NULL join keys never match: a LEFT JOIN pads the row whose key is NULL.
CREATE TABLE a_side (
  k INT,
  va STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'a.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

CREATE TABLE b_side (
  k INT,
  vb STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'b.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT a.va, b.vb
FROM a_side AS a
LEFT JOIN b_side AS b ON a.k = b.k;
