SELECT window_start, window_end, SUM(price) FROM TABLE(
  HOP(TABLE bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES)) GROUP BY window_start, window_end
