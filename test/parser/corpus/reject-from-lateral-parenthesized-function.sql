SELECT * FROM orders, LATERAL (rates(order_time))
