SELECT o. .total FROM t
