-- a comment
SET table.sql-dialect=hive
