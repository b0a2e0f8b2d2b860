SELECT /*+ /*+ X */ a FROM t
