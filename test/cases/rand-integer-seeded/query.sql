-- RAND_INTEGER with a seed is java.util.Random's nextInt: a literal seed is one generator for the operator (its sequence row after row), a column's seed a new generator per row; a NULL bound is NULL.
CREATE TABLE t (
  id INT,
  b INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id,
  RAND_INTEGER(42, 10) AS r10,
  RAND_INTEGER(7, 1000) AS r1000,
  RAND_INTEGER(42, 16) AS pow2,
  RAND_INTEGER(id, 100) AS per_row,
  RAND_INTEGER(-5, b) AS col_bound,
  RAND_INTEGER(id * 1000000007, b) AS both_cols
FROM t;
