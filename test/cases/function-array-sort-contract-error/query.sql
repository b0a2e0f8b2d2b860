-- ARRAY_SORT(ds, FALSE) of 150 DOUBLEs full of ties: Flink's comparator never answers 0, and java.util.TimSort notices ('Comparison method violates its general contract!'), failing the job.
CREATE TABLE j (
  id INT,
  ds ARRAY<DOUBLE>
) WITH (
  'connector' = 'filesystem',
  'path' = 'rows.jsonl',
  'format' = 'json'
);

SELECT id, ARRAY_SORT(ds, FALSE) AS desc_sorted FROM j;
