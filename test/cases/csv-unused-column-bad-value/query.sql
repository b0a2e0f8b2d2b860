-- A value that does not parse, in a column the query does not read, fails nothing (projection push-down).
-- Flink pushes the projection into the csv format, which converts only the columns read.
CREATE TABLE people (
  id INT,
  name STRING,
  age INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'people.csv',
  'format' = 'csv'
);

SELECT id, name FROM people;
