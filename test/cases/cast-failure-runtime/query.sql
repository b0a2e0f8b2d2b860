-- CAST of a non-numeric string to INT fails the job at runtime (TRY_CAST would give NULL).
CREATE TABLE raw_strings (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'raw.csv',
  'format' = 'csv'
);

SELECT id, CAST(s AS INT) AS n FROM raw_strings;
