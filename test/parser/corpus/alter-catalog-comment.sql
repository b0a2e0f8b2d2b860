ALTER CATALOG c COMMENT 'new comment'
