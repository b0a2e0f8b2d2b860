-- PARSE_URL of 42 URL forms as java.net.URL reads them (no normalization, empty host or port, port -1 and 65536 taken, IPv6, file:, jar:, mailto:, a URL without protocol or with an unknown one is NULL, spaces and non-ASCII kept), QUERY by key, URL_ENCODE/URL_DECODE of each.
CREATE TABLE urls (
  id INT,
  u STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'urls.jsonl',
  'format' = 'json'
);

SELECT id, u,
  PARSE_URL(u, 'HOST') AS host,
  PARSE_URL(u, 'PATH') AS urlpath,
  PARSE_URL(u, 'QUERY') AS urlquery,
  PARSE_URL(u, 'REF') AS frag,
  PARSE_URL(u, 'PROTOCOL') AS proto,
  PARSE_URL(u, 'AUTHORITY') AS auth,
  PARSE_URL(u, 'FILE') AS fileurl,
  PARSE_URL(u, 'USERINFO') AS userinfo,
  PARSE_URL(u, 'QUERY', 'q') AS q,
  PARSE_URL(u, 'QUERY', 'a') AS a,
  URL_ENCODE(u) AS enc,
  URL_DECODE(u) AS dec_url
FROM urls;
