-- JSON_VALUE ... RETURNING BIGINT (or DECIMAL) is rejected by Flink 2.3.0's code generation.
CREATE TABLE docs (
  id INT,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'docs.jsonl',
  'format' = 'json'
);
SELECT id, JSON_VALUE(j, '$.a' RETURNING BIGINT) AS a FROM docs;
