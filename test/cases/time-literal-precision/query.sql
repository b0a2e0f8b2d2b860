-- A TIME literal's precision is its fraction's digits in Flink 2.3.0 (TIME '10:00:00.123' is TIME(3), '10:00:00' TIME(0)); its value and CAST to STRING keep the milliseconds.
SELECT x,
  TIME '10:00:00.123' AS t3,
  CAST(TIME '10:00:00.123' AS STRING) AS t3_s,
  CAST(TIME '10:00:00.5' AS STRING) AS t1_s,
  TYPEOF(TIME '10:00:00.123') AS tt3,
  TYPEOF(TIME '10:00:00.5') AS tt1,
  TYPEOF(TIME '10:00:00') AS tt0,
  TYPEOF(COALESCE(TIME '10:00:00.5', TIME '10:00:00')) AS tt_c
FROM (VALUES ('a')) AS v(x);
