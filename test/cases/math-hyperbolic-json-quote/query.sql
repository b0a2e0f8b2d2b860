-- ATAN2 (two DOUBLEs, two DECIMALs), SINH, COSH, TANH, COT over DOUBLE and DECIMAL (Infinity, overflow, NULL), JSON_QUOTE (escapes, \u for non-ASCII), JSON_UNQUOTE (a JSON string unescaped, anything else unchanged), CURRENT_DATABASE().
CREATE TABLE vals (
  id INT,
  x DOUBLE,
  y DOUBLE,
  d DECIMAL(5, 2),
  s STRING,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'vals.jsonl',
  'format' = 'json'
);

SELECT id,
  ATAN2(x, y) AS atan2,
  ATAN2(d, 2.0) AS atan2d,
  SINH(x) AS sinh,
  SINH(y) AS sinh_big,
  COSH(y) AS cosh,
  COSH(d) AS coshd,
  TANH(x) AS tanh,
  COT(x) AS cot,
  COT(d) AS cotd,
  JSON_QUOTE(s) AS quoted,
  JSON_UNQUOTE(j) AS unquoted,
  JSON_UNQUOTE(JSON_QUOTE(s)) AS roundtrip,
  JSON_UNQUOTE(s) AS unq_plain,
  JSON_QUOTE('x😀') AS emoji,
  CURRENT_DATABASE() AS db
FROM vals;
