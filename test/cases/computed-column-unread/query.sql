-- A computed column the query does not read is not computed, nor the column only it reads converted.
-- Flink trims the projection (computed columns are a Project over the scan) before pushing it into
-- the source: Ben's bad age fails nothing. The computed column that is read (tag) reads name.
CREATE TABLE people (
  id INT,
  name STRING,
  age INT,
  next_age AS age + 1,
  tag AS UPPER(name)
) WITH (
  'connector' = 'filesystem',
  'path' = 'people.csv',
  'format' = 'csv'
);

SELECT id, tag FROM people;
