-- JSON_VALUE ... RETURNING INT casts the value Jackson read without converting it: the string "5" fails the job with a ClassCastException (a JSON float is a BigDecimal, RETURNING DOUBLE of an integer fails too) (found by test/flink/random.mjs).
CREATE TABLE docs (
  id INT,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'docs.jsonl',
  'format' = 'json'
);
SELECT id, JSON_VALUE(j, '$.a' RETURNING INT) AS a, JSON_VALUE(j, '$.b' RETURNING DOUBLE) AS b, JSON_VALUE(j, '$.c' RETURNING BOOLEAN) AS c FROM docs;
