-- Strings a json source made keep their Java String, and BinaryStringData.compareTo compares two such by UTF-16 units: ARRAY_SORT/MAX of a json ARRAY<STRING> (and of arrays made only of its elements: REVERSE, DISTINCT, SLICE, CONCAT of two) put '😀' before 'ﬀ', while a json map's keys and SPLIT's strings compare by UTF-8 bytes ('ﬀ' first).
CREATE TABLE j (
  id INT,
  ss ARRAY<STRING>,
  m MAP<STRING, INT>
) WITH (
  'connector' = 'filesystem',
  'path' = 'u.jsonl',
  'format' = 'json'
);

SELECT id,
  ARRAY_SORT(ss) AS js,
  ARRAY_MAX(ss) AS jm,
  ARRAY_MIN(ss) AS jmin,
  ARRAY_SORT(ARRAY_REVERSE(ss)) AS rev_sorted,
  ARRAY_SORT(ARRAY_DISTINCT(ss), FALSE) AS dis_desc,
  ARRAY_MAX(ARRAY_SLICE(ss, 1, 2)) AS slice_max,
  ARRAY_SORT(ARRAY_CONCAT(ss, ss)) AS cat_sorted,
  ARRAY_SORT(MAP_KEYS(m)) AS keys_sorted,
  ARRAY_SORT(SPLIT(ARRAY_JOIN(ss, ';'), ';')) AS split_sorted,
  ARRAY_MAX(SPLIT(ARRAY_JOIN(ss, ';'), ';')) AS split_max
FROM j;
