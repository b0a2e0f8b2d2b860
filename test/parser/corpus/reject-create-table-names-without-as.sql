CREATE TABLE t (x) WITH ('connector' = 'datagen')
