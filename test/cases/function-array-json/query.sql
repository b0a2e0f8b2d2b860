-- ARRAY_* functions over json ARRAY columns: NULL arrays, empty arrays, arrays of NULLs, NULL elements in DISTINCT/SORT/SLICE/POSITION/REMOVE/APPEND/CONCAT/UNION/EXCEPT/INTERSECT/JOIN/MAX/MIN.
CREATE TABLE j (
  id INT,
  xs ARRAY<INT>,
  ss ARRAY<STRING>,
  ds ARRAY<DOUBLE>
) WITH (
  'connector' = 'filesystem',
  'path' = 'arrays.jsonl',
  'format' = 'json'
);

SELECT id,
  ARRAY_DISTINCT(xs) AS xd,
  ARRAY_SORT(xs) AS xsa,
  ARRAY_SORT(xs, FALSE) AS xsd,
  ARRAY_SORT(xs, FALSE, TRUE) AS xsdf,
  ARRAY_SORT(xs, TRUE, FALSE) AS xsal,
  ARRAY_MAX(xs) AS xmx,
  ARRAY_MIN(xs) AS xmn,
  ARRAY_REVERSE(xs) AS xr,
  ARRAY_SLICE(xs, 2, 3) AS xsl,
  ARRAY_POSITION(xs, 1) AS xp,
  ARRAY_REMOVE(xs, 1) AS xrm,
  ARRAY_REMOVE(xs, CAST(NULL AS INT)) AS xrn,
  ARRAY_APPEND(xs, id) AS xa,
  ARRAY_PREPEND(xs, CAST(NULL AS INT)) AS xpn,
  ARRAY_CONCAT(xs, ARRAY[9], xs) AS xc,
  ARRAY_UNION(xs, ARRAY[2, CAST(NULL AS INT), 7]) AS xu,
  ARRAY_EXCEPT(xs, ARRAY[2, 9]) AS xe,
  ARRAY_EXCEPT(xs, ARRAY[CAST(NULL AS INT)]) AS xen,
  ARRAY_INTERSECT(xs, ARRAY[1, CAST(NULL AS INT), 2]) AS xi,
  ARRAY_INTERSECT(ARRAY[1, CAST(NULL AS INT), 2, 2], xs) AS xi2,
  ARRAY_JOIN(ss, ',') AS sj,
  ARRAY_JOIN(ss, ',', 'N') AS sjn,
  ARRAY_JOIN(ss, '') AS sje,
  ARRAY_SORT(ds) AS dss,
  ARRAY_MAX(ds) AS dmx,
  ARRAY_MIN(ds) AS dmn
FROM j;
