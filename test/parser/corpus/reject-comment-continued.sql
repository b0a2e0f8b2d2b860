CREATE TABLE t (
  a INT COMMENT 'first' 'second'
)