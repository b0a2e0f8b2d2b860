-- json.timestamp-format.standard ISO-8601: a TIMESTAMP needs the 'T' and no 'Z', a TIMESTAMP_LTZ the 'Z'; a value in the wrong form is a parse error (NULL under ignore-parse-errors) (found by test/flink/random.mjs).
CREATE TABLE ev (
  id INT,
  ts TIMESTAMP(3),
  lt TIMESTAMP_LTZ(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'ev.jsonl',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true',
  'json.timestamp-format.standard' = 'ISO-8601'
);
SELECT id, ts, lt FROM ev;
