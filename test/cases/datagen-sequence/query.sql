-- datagen with a sequence field and number-of-rows: deterministic rows, aggregated.
CREATE TABLE gen (
  id INT,
  grp AS id % 3
) WITH (
  'connector' = 'datagen',
  'number-of-rows' = '6',
  'fields.id.kind' = 'sequence',
  'fields.id.start' = '1',
  'fields.id.end' = '6'
);
SELECT grp, COUNT(*) AS n, SUM(id) AS total FROM gen GROUP BY grp;
