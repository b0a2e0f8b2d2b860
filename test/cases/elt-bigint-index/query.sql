-- ELT with a BIGINT index: EltFunction casts the boxed index with (int), so an index that picks a value fails the job (ClassCastException Long to Integer); one out of range is NULL first.
CREATE TABLE t (
  id INT,
  i BIGINT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id, ELT(i, 'a', 'b') AS e FROM t;
