-- Without csv.null-literal an empty INT field is not NULL: the job fails at runtime (NumberFormatException), while an empty STRING field is the empty string.
CREATE TABLE people (
  id INT,
  name STRING,
  age INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'people.csv',
  'format' = 'csv'
);

SELECT id, name, CHAR_LENGTH(name) AS len, age FROM people;
