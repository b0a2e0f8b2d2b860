-- csv.field-delimiter ';' and csv.null-literal 'NA': NA becomes NULL, quoted fields keep the delimiter.
CREATE TABLE rows_in (
  id INT,
  label STRING,
  score INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'rows.csv',
  'format' = 'csv',
  'csv.field-delimiter' = ';',
  'csv.null-literal' = 'NA'
);
SELECT id, label, score, score IS NULL AS missing FROM rows_in;
