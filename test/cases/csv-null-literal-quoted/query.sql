-- csv.null-literal applies to quoted fields too: "NA" is NULL like NA (found by test/flink/random.mjs with '\N').
CREATE TABLE rows_in (
  id INT,
  name STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'rows.csv',
  'format' = 'csv',
  'csv.null-literal' = 'NA'
);
SELECT id, name, n FROM rows_in;
