-- Math: ABS, MOD, ROUND, FLOOR, CEIL, POWER, SQRT, SIGN, TRUNCATE; INT division truncates; DOUBLE rendering.
CREATE TABLE nums (
  id INT,
  a INT,
  b INT,
  x DOUBLE
) WITH (
  'connector' = 'filesystem',
  'path' = 'nums.csv',
  'format' = 'csv'
);

SELECT id,
  a / b AS int_div,
  MOD(a, b) AS m,
  ABS(a) AS abs_a,
  ROUND(x, 0) AS r,
  FLOOR(x) AS fl,
  CEIL(x) AS ce,
  POWER(b, 2) AS pw,
  SQRT(CAST(b AS DOUBLE)) AS sq,
  SIGN(a) AS sg,
  TRUNCATE(x * 3, 1) AS tr,
  x + 0.2 AS plus
FROM nums;
