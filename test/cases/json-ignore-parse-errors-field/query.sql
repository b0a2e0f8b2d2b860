-- json.ignore-parse-errors: a field that does not convert becomes NULL and its row stays; only a malformed line is dropped (found by test/flink/random.mjs).
CREATE TABLE data_in (
  id INT,
  n INT,
  name STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'data.jsonl',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);
SELECT id, n, name FROM data_in;
