RESET table.sql-dialect
