-- String functions: UPPER, LOWER, SUBSTRING, CONCAT, CONCAT_WS, CHAR_LENGTH, REPLACE, LPAD, RPAD, INITCAP, POSITION, TRIM.
CREATE TABLE names (
  id INT,
  name STRING,
  city STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'names.csv',
  'format' = 'csv'
);

SELECT id,
  UPPER(TRIM(name)) AS up,
  LOWER(city) AS low,
  SUBSTRING(city FROM 2 FOR 3) AS sub,
  CONCAT(TRIM(name), '@', city) AS cat,
  CONCAT_WS('-', TRIM(name), city) AS ws,
  CHAR_LENGTH(name) AS len,
  REPLACE(city, ' ', '_') AS rep,
  LPAD(CAST(id AS STRING), 3, '0') AS lp,
  RPAD(TRIM(name), 6, '.') AS rp,
  INITCAP(city) AS ic,
  POSITION('r' IN city) AS pos
FROM names;
