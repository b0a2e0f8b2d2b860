-- CROSS JOIN UNNEST of an ARRAY column (JSON lines): one row per element, WITH ORDINALITY.
CREATE TABLE baskets (
  id INT,
  items ARRAY<STRING>
) WITH (
  'connector' = 'filesystem',
  'path' = 'baskets.jsonl',
  'format' = 'json'
);

SELECT b.id, t.item, t.pos
FROM baskets AS b
CROSS JOIN UNNEST(b.items) WITH ORDINALITY AS t(item, pos);
