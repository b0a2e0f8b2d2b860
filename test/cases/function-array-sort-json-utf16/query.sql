-- Strings a json source made keep their Java String, and BinaryStringData.compareTo compares two such by UTF-16 units: ARRAY_SORT/ARRAY_MAX of a json ARRAY<STRING> put '😀' before 'ﬀ', while csv, SPLIT and literal strings compare by UTF-8 bytes ('ﬀ' first).
CREATE TABLE j (
  id INT,
  ss ARRAY<STRING>
) WITH (
  'connector' = 'filesystem',
  'path' = 'u.jsonl',
  'format' = 'json'
);

SELECT id, ARRAY_SORT(ss) AS js, ARRAY_MAX(ss) AS jm, ARRAY_SORT(SPLIT(ARRAY_JOIN(ss, ';'), ';')) AS split_sorted FROM j;
