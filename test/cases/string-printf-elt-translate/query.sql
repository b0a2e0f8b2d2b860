-- PRINTF (java.util.Formatter: %s %d %x %o %f %e %g %b %c with flags, widths, precisions; NULL arguments print "null"; a format error is NULL), ELT and TRANSLATE3 (NULL and empty arguments).
CREATE TABLE items (
  id INT,
  name STRING,
  qty INT,
  big BIGINT,
  price DOUBLE,
  amount DECIMAL(10, 2),
  ok BOOLEAN,
  fmt STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'items.jsonl',
  'format' = 'json'
);

SELECT id,
  PRINTF('%s|%5s|%-6s|%.2s|%S', name, name, name, name, name) AS strs,
  PRINTF('%d|%5d|%-5d|%05d|%+d|%,d|%(d|% d', qty, qty, qty, qty, qty, big, qty, qty) AS ints,
  PRINTF('%x|%X|%o|%#x|%08X', qty, big, qty, qty, qty) AS hex,
  PRINTF('%f|%.2f|%10.3f|%-9.1f|%e|%.3E|%g|%,.2f|%+.1f', price, price, price, price, price, price, price, price, price) AS floats,
  PRINTF('%s|%b|%B|%s', amount, ok, name, ok) AS objs,
  PRINTF('%f', amount) AS decf,
  PRINTF('%d', price) AS badconv,
  PRINTF('%s %s', name) AS missing,
  PRINTF('%2$s-%1$s', name, qty) AS indexed,
  PRINTF('%c%c|%%|%-3c|', 72, 105, 33) AS chars,
  PRINTF(fmt, name, qty) AS dyn,
  ELT(id, 'a', 'bb', 'ccc') AS elt3,
  ELT(qty, name, 'x') AS eltq,
  ELT(1, 'one') AS elt1,
  TRANSLATE3(name, 'ae', 'AE') AS tr,
  TRANSLATE3(name, 'pèl', 'P') AS trdel,
  TRANSLATE3(name, '', 'x') AS trempty,
  TRANSLATE3(name, 'aa', 'xy') AS trdup
FROM items;
