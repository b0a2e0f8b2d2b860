CREATE CATALOG IF NOT EXISTS my_cat COMMENT 'c' WITH ('type' = 'generic_in_memory')
