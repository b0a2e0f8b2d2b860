-- csv.ignore-parse-errors: a row whose field does not parse is skipped (or its bad field nulled), not a failure.
CREATE TABLE data_in (
  id INT,
  qty INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'data.csv',
  'format' = 'csv',
  'csv.ignore-parse-errors' = 'true'
);
SELECT id, qty FROM data_in;
