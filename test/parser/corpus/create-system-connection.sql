CREATE SYSTEM CONNECTION my_conn WITH ('type' = 'basic')
