-- CAST and TRY_CAST: strings to numbers, dates and booleans; TRY_CAST yields NULL where CAST would fail.
CREATE TABLE raw_strings (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'raw.csv',
  'format' = 'csv'
);

SELECT id,
  TRY_CAST(s AS INT) AS as_int,
  TRY_CAST(s AS DOUBLE) AS as_double,
  TRY_CAST(s AS DATE) AS as_date,
  TRY_CAST(s AS BOOLEAN) AS as_bool,
  CAST(id AS STRING) || '!' AS id_str,
  CAST(id AS DECIMAL(5, 2)) AS id_dec,
  CAST(CAST(id AS DOUBLE) / 4 AS STRING) AS quarter
FROM raw_strings;
