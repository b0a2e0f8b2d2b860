-- JSON path errors and misses: a member of an array or a strict-mode miss is an error (ON ERROR), a lax miss is empty (ON EMPTY); JSON_EXISTS of a JSON null is false; JSON_QUERY writes members sorted by key; NULL IS JSON SCALAR is false (found by test/flink/random.mjs).
CREATE TABLE docs (
  id INT,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'docs.jsonl',
  'format' = 'json'
);
SELECT id,
  JSON_QUERY(j, '$.a' EMPTY OBJECT ON ERROR) AS q1,
  JSON_QUERY(j, '$.zz' EMPTY ARRAY ON EMPTY) AS q2,
  JSON_QUERY(j, 'strict $.zz' EMPTY ARRAY ON ERROR) AS q3,
  JSON_QUERY(j, '$') AS q4,
  JSON_VALUE(j, 'strict $.zz' DEFAULT 'e' ON ERROR) AS v1,
  JSON_VALUE(j, '$.b' DEFAULT 'err' ON ERROR) AS v2,
  JSON_EXISTS(j, 'lax $.b.c') AS x1,
  JSON_EXISTS(j, 'strict $.zz' TRUE ON ERROR) AS x2,
  j IS JSON SCALAR AS s
FROM docs;
