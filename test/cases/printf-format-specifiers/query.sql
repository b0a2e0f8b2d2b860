-- PRINTF with 67 format strings (every conversion and flag, widths, precisions, argument indexes %1$ and %<, %tY of a BIGINT as epoch millis, %a, %#.0f) over 8 argument pairs (STRING, INT, DECIMAL, BOOLEAN, BIGINT, NULL, SMALLINT/TINYINT, FLOAT/DECIMAL): Formatter's errors (a precision on %d even for NULL, flags a conversion refuses, unknown conversions, missing arguments) are NULL.
CREATE TABLE formats (
  id INT,
  f STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'formats.jsonl',
  'format' = 'json'
);

SELECT id, f,
  PRINTF(f, 'ab', 7) AS str_int,
  PRINTF(f, 65, 'x') AS int_str,
  PRINTF(f, -2.5, 1) AS dec_int,
  PRINTF(f, TRUE, FALSE) AS bools,
  PRINTF(f, CAST(-3000000000 AS BIGINT), 2) AS big,
  PRINTF(f, CAST(NULL AS INT), 3) AS nul,
  PRINTF(f, CAST(7 AS SMALLINT), CAST(-1 AS TINYINT)) AS small,
  PRINTF(f, CAST(1.5 AS FLOAT), CAST(2.25 AS DECIMAL(4, 2))) AS flt
FROM formats;
