-- A json MAP column is a Java HashMap of BinaryStringData keys: UNNEST (and printing) follow its hash order, not the document's ({"x","y","z"} unnests as x, z, y) (found by test/flink/random.mjs).
CREATE TABLE ev (
  id INT,
  m MAP<STRING, INT>
) WITH (
  'connector' = 'filesystem',
  'path' = 'ev.jsonl',
  'format' = 'json'
);
SELECT e.id, t.k, t.v FROM ev AS e CROSS JOIN UNNEST(e.m) AS t(k, v);
