CREATE DATABASE IF NOT EXISTS my_cat.my_db COMMENT 'db' WITH ('k' = 'v')
