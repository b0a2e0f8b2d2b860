-- ELEMENT of an array with more than one element fails the job in Flink 2.3.0.
CREATE TABLE t (
  k STRING,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, ELEMENT(ARRAY[i, i]) AS v FROM t;
