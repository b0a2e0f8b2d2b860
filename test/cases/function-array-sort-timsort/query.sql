-- ARRAY_SORT of 33-150 DOUBLEs with many ties (0.0 and -0.0 are equal, NaN is never greater): java.util.TimSort's runs, merges and gallops with Flink's comparator answering -1 for ties decide where each -0.0 and NaN lands.
CREATE TABLE j (
  id INT,
  ds ARRAY<DOUBLE>
) WITH (
  'connector' = 'filesystem',
  'path' = 'rows.jsonl',
  'format' = 'json'
);

SELECT id, ARRAY_SORT(ds) AS asc_sorted, ARRAY_SORT(ds, FALSE) AS desc_sorted FROM j;
