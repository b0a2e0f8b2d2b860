-- REPLACE TABLE needs its query (CREATE OR REPLACE TABLE does not)
REPLACE TABLE orders_copy (id INT) WITH ('connector' = 'blackhole')