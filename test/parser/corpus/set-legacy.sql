SET table.sql-dialect=default
