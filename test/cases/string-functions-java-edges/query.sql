-- Java semantics the JS runtime lacks: java.util.regex syntax (possessive and atomic, \Q..\E, \p{Alpha}, \h, \R, a '{' that repeats nothing is NULL), java.net.URL's parts (two '@', a bad port, IPv6), SimpleDateFormat's lenient CONVERT_TZ (leading blank, one-digit fields, DST overlap, legacy ids PST/EST, 'utc' and 'UTC+8' are GMT), JSON_UNQUOTE's Jackson validity (text after the first value ignored).
CREATE TABLE rows_t (
  id INT,
  s STRING,
  u STRING,
  ts STRING,
  j STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'rows.jsonl',
  'format' = 'json'
);

SELECT id,
  REGEXP_COUNT(s, 'l++') AS possessive,
  REGEXP_COUNT(s, '\p{Alpha}') AS alpha,
  REGEXP_COUNT(s, '\Ql\E') AS quoted,
  REGEXP_COUNT(s, '(?>\d)') AS atomic_grp,
  REGEXP_SUBSTR(s, '\p{Digit}{2,}+') AS digits,
  REGEXP_COUNT(s, '\h') AS hspace,
  REGEXP_COUNT(s, '\R') AS newlines,
  REGEXP_COUNT(s, 'a{') AS badbrace,
  REGEXP_INSTR(s, '\d{2}\z') AS endpos,
  PARSE_URL(u, 'HOST') AS host,
  PARSE_URL(u, 'USERINFO') AS userinfo,
  PARSE_URL(u, 'AUTHORITY') AS auth,
  PARSE_URL(u, 'PATH') AS urlpath,
  CONVERT_TZ(ts, 'America/Los_Angeles', 'UTC') AS la_utc,
  CONVERT_TZ(ts, 'PST', 'EST') AS pst_est,
  CONVERT_TZ(ts, 'utc', 'Asia/Tokyo') AS lower_utc,
  CONVERT_TZ(ts, 'UTC+8', 'GMT+8') AS utc_plus,
  CONVERT_TZ(ts, 'Asia/Calcutta', 'GMT-0330') AS alias,
  JSON_UNQUOTE(j) AS unq
FROM rows_t;
