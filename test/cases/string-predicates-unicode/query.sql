-- IS_ALPHA, IS_DIGIT, IS_DECIMAL (Integer/Long/Double.parseDouble: '1.5f', '0x1p3', 'NaN', '1e400', Arabic and full-width digits, not surrogate-pair digits), BTRIM and TRANSLATE3 by code point (emoji), INET_ATON, UNHEX, JSON_QUOTE/UNQUOTE, STARTSWITH, URL_ENCODE, TO_BASE64, SHA1 over 61 tricky strings.
CREATE TABLE strings (
  id INT,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'strings.jsonl',
  'format' = 'json'
);

SELECT id, s,
  IS_ALPHA(s) AS isalpha,
  IS_DIGIT(s) AS isdigit,
  IS_DECIMAL(s) AS isdec,
  BTRIM(s, 'a😀1') AS bt,
  TRANSLATE3(s, '😀a1', 'x😀') AS tr,
  INET_ATON(s) AS aton,
  UNHEX(s) AS unhexed,
  JSON_QUOTE(s) AS quoted,
  JSON_UNQUOTE(s) AS unquoted,
  STARTSWITH(s, '😀') AS sw,
  URL_ENCODE(s) AS enc,
  TO_BASE64(s) AS b64,
  SHA1(s) AS sha1
FROM strings;
