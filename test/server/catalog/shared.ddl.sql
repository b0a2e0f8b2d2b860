CREATE TABLE SharedUsers (
  user_id BIGINT,
  name STRING
) WITH ('connector' = 'datagen');
