-- CASE, COALESCE, NULLIF, IF, IS NULL / IS NOT DISTINCT FROM over CSV nulls (empty field with csv.null-literal '').
CREATE TABLE people (
  id INT,
  name STRING,
  age INT,
  nick STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'people.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  CASE WHEN age IS NULL THEN 'unknown' WHEN age < 18 THEN 'minor' ELSE 'adult' END AS bracket,
  COALESCE(age, -1) AS age_or,
  NULLIF(nick, '') AS nick_or_null,
  IF(age > 30, 'yes', 'no') AS over30,
  name IS NULL AS no_name,
  nick IS NOT DISTINCT FROM 'old' AS is_old,
  CHAR_LENGTH(name) AS name_len
FROM people;
