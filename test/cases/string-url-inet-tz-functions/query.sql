-- PARSE_URL (every part, QUERY by key), URL_ENCODE/URL_DECODE (Java's URLEncoder/URLDecoder: '+' for space, a bad escape is NULL), INET_ATON/INET_NTOA (short forms, out of range), CONVERT_TZ (zones, offsets, unknown zone is GMT, unparsable text is NULL).
CREATE TABLE urls (
  id INT,
  url STRING,
  ip STRING,
  num BIGINT,
  ts STRING,
  tz STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'urls.jsonl',
  'format' = 'json'
);

SELECT id,
  PARSE_URL(url, 'HOST') AS host,
  PARSE_URL(url, 'PATH') AS urlpath,
  PARSE_URL(url, 'QUERY') AS urlquery,
  PARSE_URL(url, 'QUERY', 'x') AS qx,
  PARSE_URL(url, 'QUERY', 'e') AS qe,
  PARSE_URL(url, 'REF') AS frag,
  PARSE_URL(url, 'PROTOCOL') AS proto,
  PARSE_URL(url, 'AUTHORITY') AS auth,
  PARSE_URL(url, 'FILE') AS fileurl,
  PARSE_URL(url, 'USERINFO') AS userinfo,
  PARSE_URL(url, 'host') AS lower_part,
  URL_ENCODE(url) AS enc,
  URL_DECODE(url) AS dec_url,
  URL_DECODE(URL_ENCODE(CONCAT(url, ' é~*'))) AS roundtrip,
  URL_DECODE('%41%zz') AS baddec,
  URL_DECODE('100%') AS trail,
  INET_ATON(ip) AS aton,
  INET_NTOA(num) AS ntoa,
  INET_NTOA(INET_ATON(ip)) AS ip2,
  CONVERT_TZ(ts, 'UTC', tz) AS from_utc,
  CONVERT_TZ(ts, tz, 'UTC') AS to_utc,
  CONVERT_TZ(ts, 'America/Los_Angeles', 'Europe/Berlin') AS la_berlin
FROM urls;
