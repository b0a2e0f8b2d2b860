-- json.ignore-parse-errors: a malformed line is skipped.
CREATE TABLE data_in (
  id INT,
  v STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'data.jsonl',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true'
);
SELECT id, v FROM data_in;
