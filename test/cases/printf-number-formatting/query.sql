-- PRINTF's number conversions over 47 doubles (halves, 1.005, 1e21, 1.7976931348623157E308, random magnitudes) and ints: %f %e %g with precisions, flags , + ( space 0, HALF_UP on Double.toString's digits; a FLOAT is widened to double for %f/%e/%g (%.3f of FLOAT 1.0005 is 1.000).
CREATE TABLE numbers (
  id INT,
  x DOUBLE,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'numbers.jsonl',
  'format' = 'json'
);

SELECT id,
  PRINTF('%f|%.0f|%.1f|%.2f|%.3f|%.10f', x, x, x, x, x, x) AS fixed,
  PRINTF('%e|%.0e|%.2e|%.8E', x, x, x, x) AS sci,
  PRINTF('%g|%.1g|%.3g|%.10g|%G', x, x, x, x, x) AS general,
  PRINTF('%,.3f|%+,15.2f|%(.1f|% 012.4f', x, x, x, x) AS flags,
  PRINTF('%s|%S', x, x) AS str,
  PRINTF('%,d|%+08d|%x|%o|%(d', n, n, n, n, n) AS ints,
  PRINTF('%.3f|%e|%g', CAST(x AS FLOAT), CAST(x AS FLOAT), CAST(x AS FLOAT)) AS floats
FROM numbers;
