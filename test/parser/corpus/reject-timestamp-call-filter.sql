-- TIMESTAMP(x), DATE(x), TIME(x) are calls without FILTER, WITHIN GROUP, null treatment or OVER
SELECT TIMESTAMP(b) FILTER (WHERE b > 1) FROM t
