-- TO_BASE64, FROM_BASE64, SHA256, SHA1, SHA2, STARTSWITH, ENDSWITH over BYTES arguments (ENCODE, UNHEX), and the types Flink gives the string functions' results (TYPEOF: SHA1 CHAR(40), SHA2 VARCHAR(128), ELT the values' common type, TRANSLATE3 nullable as its text, REGEXP_EXTRACT_ALL ARRAY<STRING>, nullable or not).
CREATE TABLE t (
  id INT,
  s STRING,
  b64 STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.jsonl',
  'format' = 'json'
);

SELECT id,
  TO_BASE64(ENCODE(s, 'UTF-8')) AS b64_bytes,
  FROM_BASE64(ENCODE(b64, 'UTF-8')) AS unb64_bytes,
  SHA256(ENCODE(s, 'UTF-8')) AS sha256_bytes,
  SHA1(UNHEX('00ff')) AS sha1_bytes,
  SHA2(ENCODE(s, 'UTF-8'), 224) AS sha2_bytes,
  STARTSWITH(ENCODE(s, 'UTF-8'), UNHEX('68')) AS sw_bytes,
  ENDSWITH(ENCODE(s, 'UTF-8'), UNHEX('')) AS ew_bytes,
  TYPEOF(SHA1(s)) AS t_sha1,
  TYPEOF(SHA512('x')) AS t_sha512,
  TYPEOF(SHA2(s, 256)) AS t_sha2,
  TYPEOF(ELT(1, 'a', 'bb')) AS t_elt,
  TYPEOF(ELT(id, s, 'x')) AS t_elt2,
  TYPEOF(REGEXP_EXTRACT_ALL(s, 'a')) AS t_rea,
  TYPEOF(REGEXP_COUNT('a', 'a')) AS t_rc,
  TYPEOF(URL_ENCODE('x')) AS t_url,
  TYPEOF(BTRIM('x')) AS t_btrim,
  TYPEOF(IS_ALPHA(s)) AS t_isalpha,
  TYPEOF(INET_ATON('1.2.3.4')) AS t_aton,
  TYPEOF(ATAN2(1.0, 2.0)) AS t_atan2,
  TYPEOF(CURRENT_DATABASE()) AS t_db,
  TYPEOF(JSON_QUOTE(s)) AS t_jq,
  TYPEOF(TRANSLATE3(s, 'a', 'b')) AS t_tr,
  TYPEOF(TRANSLATE3('abc', s, 'x')) AS t_tr_from,
  TYPEOF(TRANSLATE3('abc', 'a', s)) AS t_tr_to,
  TYPEOF(RAND_INTEGER(1, 5)) AS t_rand
FROM t;
