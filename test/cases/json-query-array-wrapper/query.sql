-- JSON_QUERY: a scalar is NULL without a wrapper; WITH ARRAY WRAPPER (unconditional) wraps any value found, WITH CONDITIONAL ARRAY WRAPPER all but an array (found by test/flink/random.mjs).
CREATE TABLE docs (
  id INT,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'docs.jsonl',
  'format' = 'json'
);
SELECT id,
  JSON_QUERY(j, '$.a') AS q,
  JSON_QUERY(j, '$.a' WITH ARRAY WRAPPER) AS w,
  JSON_QUERY(j, '$.arr' WITH ARRAY WRAPPER) AS wa,
  JSON_QUERY(j, '$.arr' WITH CONDITIONAL ARRAY WRAPPER) AS ca,
  JSON_QUERY(j, '$.b' WITH CONDITIONAL ARRAY WRAPPER) AS cb
FROM docs;
