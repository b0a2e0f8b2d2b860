-- java.lang.Math where V8's Math.* (fdlibm) is an ulp off: SIN, COS, TAN, COT, EXP, LN, LOG10, LOG2, LOG,
-- POWER (HotSpot's intrinsics, correctly rounded on these inputs: TAN(4) 1.1578212823495775, LN(3)
-- 1.0986122886681098), TANH and ATAN2 (StrictMath's fdlibm), DEGREES and RADIANS (x times Java's constant).
SELECT x,
  SIN(x) AS s, COS(x) AS c, TAN(x) AS t, COT(x) AS ct,
  EXP(x) AS e, LN(x) AS nl, LOG10(x) AS lg, LOG2(x) AS l2, LOG(3, x) AS l3,
  POWER(x, y) AS pw, DEGREES(x) AS deg, RADIANS(x) AS rad,
  TANH(x / 1e17) AS th, ATAN2(x * -1e-120, -1e-250) AS a2
FROM (VALUES
  (3e0, 0.5e0), (4e0, 0.5e0), (6e0, 0.5e0), (7e0, 0.5e0), (9.5e0, 0.5e0), (10.5e0, 0.5e0), (11e0, 0.5e0),
  (13.5e0, 0.5e0), (15e0, 0.5e0), (18e0, 0.5e0), (19e0, 0.5e0), (19.5e0, 0.5e0), (23.5e0, 0.5e0),
  (24e0, 0.5e0), (26e0, 0.5e0), (29e0, 0.5e0), (84e0, 0.75e0), (845.5e0, 5e0), (129.64e0, -16e0),
  (0.9999999999999999e0, -1e0)
) AS t(x, y);
