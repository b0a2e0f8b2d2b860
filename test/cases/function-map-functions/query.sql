-- MAP_KEYS/VALUES/ENTRIES follow the map's key order (a json map's HashMap order, a MAP[...] constructor's written order, a repeated key keeping its first place and last value); MAP_UNION puts the later map's keys first and takes its values; MAP_FROM_ARRAYS pairs by position.
CREATE TABLE j (
  id INT,
  m MAP<STRING, INT>
) WITH (
  'connector' = 'filesystem',
  'path' = 'maps.jsonl',
  'format' = 'json'
);

SELECT id,
  MAP_KEYS(m) AS mk,
  MAP_VALUES(m) AS mv,
  MAP_ENTRIES(m) AS me,
  MAP_UNION(m, MAP['kiwi', 100, 'new', 5]) AS mu,
  MAP_KEYS(MAP_UNION(m, MAP['kiwi', 100, 'new', 5])) AS muk,
  MAP_KEYS(MAP_UNION(MAP['kiwi', 100, 'new', 5], m)) AS muk2,
  MAP_FROM_ARRAYS(MAP_VALUES(m), MAP_KEYS(m)) AS inv,
  MAP_KEYS(MAP_FROM_ARRAYS(MAP_VALUES(m), MAP_KEYS(m))) AS invk,
  MAP_UNION(m, m) AS mm,
  MAP_KEYS(MAP['z', id, 'y', 2, 'x', 3]) AS ck,
  MAP_VALUES(MAP['a', 1, 'b', 2, 'a', id]) AS cv,
  MAP_KEYS(MAP['a', 1, 'b', 2, 'a', id]) AS ck2,
  MAP_ENTRIES(MAP_UNION(MAP['a', 1, 'b', 2], MAP['b', 3, 'c', id], MAP['a', 9])) AS ue,
  MAP_FROM_ARRAYS(ARRAY[id, 1], ARRAY['p', 'q']) AS fa,
  CARDINALITY(MAP_UNION(m, MAP['x', 0])) AS card
FROM j;
