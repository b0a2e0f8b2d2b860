-- LEFT JOIN UNNEST ... ON TRUE keeps rows with an empty array, padded with NULL.
CREATE TABLE baskets (
  id INT,
  items ARRAY<STRING>
) WITH (
  'connector' = 'filesystem',
  'path' = 'baskets.jsonl',
  'format' = 'json'
);

SELECT b.id, t.item
FROM baskets AS b
LEFT JOIN UNNEST(b.items) AS t(item) ON TRUE;
