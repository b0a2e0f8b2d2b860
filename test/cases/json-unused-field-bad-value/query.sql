-- A value that does not convert, in a field the query does not read, fails nothing (projection push-down).
-- Flink pushes the projection into the json format, which converts only the fields read.
CREATE TABLE people (
  id INT,
  name STRING,
  age INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'people.jsonl',
  'format' = 'json'
);

SELECT id, name FROM people;
