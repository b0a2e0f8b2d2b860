// String, encoding, hash, regular expression, math and time functions compileCall's own switch
// lacks (SHA256, TO_BASE64, URL_ENCODE, ...), as Flink 2.3.0 computes them: result types and
// nullability as Flink's planner derives them (its explain and Row.toString show them), values as
// its runtime (SqlFunctionUtils, StringCallGen, runtime/functions/scalar/*) computes them, measured
// on Flink 2.3.0 (cases string-hash-encode-functions, string-regex-more, string-format-functions, ...).
import type { CallSite, CompiledCall, Impl } from './index.ts';
import type { Compiled } from '../expressions.ts';
import { FlinkError, VALIDATION, codegenRefusal, notSupported } from '../errors.ts';
import { type SqlType, BIGINT, BOOLEAN, DOUBLE, INT, MAX_LENGTH, STRING, commonType, isIntegral, isString, t, typeToString, withNullable } from '../../types/types.ts';
import { decimalString, javaDouble, javaFloat, localDateTime } from '../../types/values.ts';
import { javaTan } from './java-math.ts';

type NodeCrypto = typeof import('node:crypto');
let cryptoModule: NodeCrypto | undefined;
/**
 * node:crypto on first use: loading it costs ~20 ms of a short run's start (measured on a
 * two-statement query: 19 ms of 45). process.getBuiltinModule is Node 22.3+ / 20.16+; an older
 * extension host (the bundles are CommonJS) has require.
 */
function nodeCrypto(): NodeCrypto {
  return cryptoModule ??= (process.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? (require('node:crypto') as NodeCrypto);
}

const BYTES = (nullable = true) => t('VARBINARY', nullable, { precision: MAX_LENGTH });
const CHAR = (n: number, nullable = true) => t('CHAR', nullable, { precision: n });
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

export function compileTextCall(site: CallSite): CompiledCall | undefined {
  const { name, strict } = site;
  let cs: Compiled[] = [];
  let impl: Impl;
  const anyNullable = () => cs.some((c) => c.type.nullable);
  /** a result that is NULL whenever Flink's function may answer NULL (its type is nullable) */
  const nullableStrict = (ty: SqlType, f: (...v: any[]) => unknown): Impl => ({ ...strict(ty, cs, f), type: withNullable(ty, true) });
  switch (name) {
    // ---- hashes: lower-case hex of the UTF-8 bytes (CHAR(n) of the digest's length; SHA2 VARCHAR(128))
    case 'SHA1': case 'SHA224': case 'SHA256': case 'SHA384': case 'SHA512': {
      cs = site.args();
      const alg = name === 'SHA1' ? 'sha1' : `sha${name.slice(3)}`;
      const len = { SHA1: 40, SHA224: 56, SHA256: 64, SHA384: 96, SHA512: 128 }[name];
      impl = strict(CHAR(len, false), cs, (s: string | Uint8Array) => hash(alg, s));
      break;
    }
    case 'SHA2': {
      cs = site.args();
      const bits = cs[1]?.literal;
      const literal = cs[1]?.literal !== undefined;
      const ty = t('VARCHAR', false, { precision: 128 });
      // a literal length is checked when the operator opens (RuntimeException "Unsupported
      // algorithm.", whatever the rows); a column's is MessageDigest.getInstance("SHA-" + n): SHA-1 exists
      if (literal && bits !== null && ![224, 256, 384, 512].includes(bits as number)) {
        impl = { type: withNullable(ty, anyNullable()), fn: () => { throw new FlinkError('java.lang.RuntimeException', 'Unsupported algorithm.'); } };
        break;
      }
      impl = strict(ty, cs, (s: string | Uint8Array, n: number) => {
        if (literal) return hash(`sha${bits}`, s);
        if (n === 1) return hash('sha1', s);
        if (![224, 256, 384, 512].includes(n)) throw new FlinkError('java.security.NoSuchAlgorithmException', `SHA-${n} MessageDigest not available`);
        return hash(`sha${n}`, s);
      });
      break;
    }
    // ---- base64, URL, hex, charsets
    case 'TO_BASE64': cs = site.args(); impl = strict(STRING(false), cs, (s: string | Uint8Array) => Buffer.from(bytesOf(s)).toString('base64')); break;
    case 'FROM_BASE64': cs = site.args(); impl = strict(STRING(false), cs, (s: string | Uint8Array) => decodeUtf8(javaBase64Decode(bytesOf(s)))); break;
    case 'URL_ENCODE': cs = site.args(); impl = nullableStrict(STRING(), (s: string) => urlEncode(s)); break;
    case 'URL_DECODE': cs = site.args(); impl = nullableStrict(STRING(), (s: string) => urlDecode(s)); break;
    case 'UNHEX': cs = site.args(); impl = nullableStrict(BYTES(), (s: string) => unhex(javaUtf8(s))); break;
    case 'ENCODE': cs = site.args(); impl = strict(BYTES(false), cs, (s: string, cset: string) => encodeCharset(s, cset)); break;
    case 'DECODE': cs = site.args(); impl = strict(STRING(false), cs, (b: Uint8Array, cset: string) => decodeCharset(b, cset)); break;
    // ---- string predicates and trimming
    case 'STARTSWITH': case 'ENDSWITH': {
      cs = site.args();
      const starts = name === 'STARTSWITH';
      impl = strict(BOOLEAN(false), cs, (s: string | Uint8Array, p: string | Uint8Array) => {
        if (typeof s === 'string') return starts ? s.startsWith(p as string) : s.endsWith(p as string);
        const a = s, b = p as Uint8Array;
        if (b.length > a.length) return false;
        const off = starts ? 0 : a.length - b.length;
        for (let i = 0; i < b.length; i++) if (a[off + i] !== b[i]) return false;
        return true;
      });
      break;
    }
    case 'BTRIM': cs = site.args(); impl = strict(STRING(false), cs, (s: string, chars?: string) => trimChars(s, chars ?? ' ')); break;
    case 'IS_ALPHA': case 'IS_DIGIT': case 'IS_DECIMAL': {
      // BOOLEAN NOT NULL: NULL is false; a number's column is a Java primitive (a NULL INT reads 0),
      // so IS_DECIMAL / IS_DIGIT of an integer column are always true, IS_ALPHA false
      cs = site.args();
      const c = cs[0]!; const g = c.fn; const ty = c.type;
      const f = name === 'IS_ALPHA' ? isAlpha : name === 'IS_DIGIT' ? isDigit : isDecimal;
      const constant = isString(ty) ? null
        : name === 'IS_ALPHA' ? false
        : name === 'IS_DIGIT' ? isIntegral(ty)
        : isIntegral(ty) || ty.name === 'FLOAT' || ty.name === 'DOUBLE';
      impl = { type: BOOLEAN(false), fn: constant !== null ? () => constant : (r) => { const v = g(r); return v === null ? false : f(v as string); } };
      break;
    }
    // ---- regular expressions (java.util.regex; a pattern that does not compile gives NULL)
    case 'REGEXP_COUNT': cs = site.args(); impl = nullableStrict(INT(), (s: string, p: string) => { const re = javaRegex(p, 'g'); return re ? [...s.matchAll(re)].length : null; }); break;
    case 'REGEXP_INSTR': cs = site.args(); impl = nullableStrict(INT(), (s: string, p: string) => { const re = javaRegex(p); if (!re) return null; const m = re.exec(s); return m ? m.index + 1 : 0; }); break;
    case 'REGEXP_SUBSTR': cs = site.args(); impl = nullableStrict(STRING(), (s: string, p: string) => { const re = javaRegex(p); if (!re) return null; const m = re.exec(s); return m ? m[0] : null; }); break;
    case 'REGEXP_EXTRACT_ALL': {
      cs = site.args();
      impl = nullableStrict(t('ARRAY', true, { element: STRING() }), (s: string, p: string, idx?: number) => {
        const i = idx ?? 1;
        if (i < 0) return null;
        const re = javaRegex(p, 'g'); if (!re) return null;
        if (groupCount(re) < i) return null;
        return [...s.matchAll(re)].map((m) => m[i] ?? null);
      });
      break;
    }
    case 'TRANSLATE': case 'TRANSLATE3': {
      // NULL text is NULL; NULL or empty `from` leaves the text; NULL `to` deletes (TranslateFunction)
      cs = site.args();
      const [ge, gf, gt] = cs.map((c) => c.fn) as [Compiled['fn'], Compiled['fn'], Compiled['fn']];
      // nullable as the text is (Flink 2.3.0: TRANSLATE3('abc', s, 'x') is STRING NOT NULL)
      impl = { type: STRING(cs[0]!.type.nullable), fn: (r) => {
        const e = ge(r) as string | null, from = gf(r) as string | null, to = gt(r) as string | null;
        if (e === null || from === null || e === '' || from === '') return e;
        return translate(e, from, to ?? '');
      } };
      break;
    }
    case 'ELT': {
      cs = site.args();
      const values = cs.slice(1);
      // the values are strings or binaries (others: the type inference's 'Could not infer
      // arguments'), the index an integer; EltFunction's `(int) index` casts the boxed index, so
      // a TINYINT, SMALLINT or BIGINT index that picks a value fails with a ClassCastException
      const idxTy = cs[0]!.type;
      if (!isIntegral(idxTy)) throw new FlinkError(VALIDATION, 'Index can only be an INTEGER NUMERIC type.');
      if (!values.every((c) => isString(c.type) || c.type.name === 'BINARY' || c.type.name === 'VARBINARY')) throw new FlinkError(VALIDATION, 'Could not infer arguments in range: [1, null].');
      const boxed = { TINYINT: 'java.lang.Byte', SMALLINT: 'java.lang.Short', BIGINT: 'java.lang.Long' }[idxTy.name as string];
      const ty = eltType(values.map((c) => c.type));
      const gi = cs[0]!.fn; const gs = values.map((c) => c.fn);
      impl = { type: ty, fn: (r) => {
        const i = gi(r) as number | null;
        if (i === null || i < 1 || i > gs.length) return null;
        if (boxed) throw new FlinkError('java.lang.ClassCastException', `class ${boxed} cannot be cast to class java.lang.Integer (${boxed} and java.lang.Integer are in module java.base of loader 'bootstrap')`);
        return gs[i - 1]!(r);
      } };
      break;
    }
    case 'PRINTF': {
      cs = site.args();
      const gf = cs[0]!.fn; const rest = cs.slice(1).map((c) => ({ g: c.fn, ty: c.type }));
      impl = { type: STRING(), fn: (r) => {
        const f = gf(r) as string | null; if (f === null) return null;
        return javaFormat(f, rest.map((a) => ({ v: a.g(r), ty: a.ty })));
      } };
      break;
    }
    case 'PARSE_URL': cs = site.args(); impl = nullableStrict(STRING(), (u: string, part: string, key?: string) => parseUrl(u, part, key)); break;
    case 'INET_ATON': cs = site.args(); impl = nullableStrict(BIGINT(), (s: string) => inetAton(s)); break;
    case 'INET_NTOA': cs = site.args(); impl = nullableStrict(STRING(), (n: number) => { const x = Math.trunc(n); return x < 0 || x > 0xffffffff ? null : `${(x >>> 24) & 255}.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${x & 255}`; }); break;
    case 'CONVERT_TZ': cs = site.args(); impl = nullableStrict(STRING(), (s: string, from: string, to: string) => convertTz(s, from, to)); break;
    // ---- JSON strings
    case 'JSON_QUOTE': cs = site.args(); impl = strict(STRING(false), cs, (s: string) => jsonQuote(s)); break;
    case 'JSON_UNQUOTE': cs = site.args(); impl = strict(STRING(false), cs, (s: string) => jsonUnquote(s)); break;
    // ---- math (java.lang.Math, DOUBLE)
    case 'ATAN2': {
      cs = site.args();
      // the code generator has atan2(double, double) and atan2(DecimalData, DecimalData) only
      // (at EXPLAIN: case math-atan2-decimal-mixed)
      impl = strict(DOUBLE(false), cs, (y: number, x: number) => fdlibmAtan2(Number(y), Number(x)));
      if ((cs[0]!.type.name === 'DECIMAL') !== (cs[1]!.type.name === 'DECIMAL')) {
        impl = { type: impl.type, fn: codegenRefusal(site.ctx, `Unsupported call: ATAN2(${typeToString(cs[0]!.type)}, ${typeToString(cs[1]!.type)})`, site.call.range) };
      }
      break;
    }
    case 'SINH': cs = site.args(); impl = strict(DOUBLE(false), cs, (x: number) => fdlibmSinh(x)); break;
    case 'COSH': cs = site.args(); impl = strict(DOUBLE(false), cs, (x: number) => fdlibmCosh(x)); break;
    case 'TANH': cs = site.args(); impl = strict(DOUBLE(false), cs, (x: number) => fdlibmTanh(Number(x))); break;
    // 1.0d / Math.tan(x): Java's tan (functions/java-math.ts), COT(4) 0.8636911544506167
    case 'COT': cs = site.args(); impl = strict(DOUBLE(false), cs, (x: number) => 1 / javaTan(Number(x))); break;
    case 'RAND': {
      // new Random(seed).nextDouble() (case rand-java-random)
      cs = site.args();
      const gen = generator(cs, cs.length === 1);
      impl = strict(DOUBLE(false), cs, (...v: number[]) => gen(v[0]!).nextDouble());
      break;
    }
    case 'RAND_INTEGER': {
      cs = site.args();
      const gen = generator(cs, cs.length === 2);
      impl = strict(INT(false), cs, (...v: number[]) => gen(v[0]!).nextInt(v[v.length - 1]!));
      break;
    }
    // ---- session
    case 'CURRENT_DATABASE': impl = { type: STRING(false), fn: () => 'default_database' }; break;
    default: return undefined;
  }
  return { impl, cs };
}

// ---------------------------------------------------------------- bytes and hashes

function bytesOf(s: string | Uint8Array): Uint8Array {
  return typeof s === 'string' ? javaUtf8(s) : s;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** String.getBytes(UTF_8): a lone surrogate is '?' (TextEncoder writes U+FFFD). */
function javaUtf8(s: string): Uint8Array {
  return utf8.encode(s.replace(LONE_SURROGATE, '?'));
}

function hash(alg: string, s: string | Uint8Array): string {
  return nodeCrypto().createHash(alg).update(bytesOf(s)).digest('hex');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const FROM_B64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) FROM_B64[B64.charCodeAt(i)] = i;
FROM_B64['='.charCodeAt(0)] = -2;

/** java.util.Base64.getDecoder().decode(byte[]): its IllegalArgumentExceptions fail the job. */
function javaBase64Decode(src: Uint8Array): Uint8Array {
  const fail = (m: string) => new FlinkError('java.lang.IllegalArgumentException', m);
  const sl = src.length;
  if (sl === 0) return new Uint8Array(0);
  if (sl < 2) throw fail('Input byte[] should at least have 2 bytes for base64 bytes');
  const out: number[] = [];
  let sp = 0, bits = 0, shiftto = 18;
  while (sp < sl) {
    const c = src[sp++]!;
    const b = FROM_B64[c]!;
    if (b < 0) {
      if (b === -2) {
        if ((shiftto === 6 && (sp === sl || src[sp++] !== 61)) || shiftto === 18) throw fail('Input byte array has wrong 4-byte ending unit');
        break;
      }
      throw fail(`Illegal base64 character ${((c << 24) >> 24).toString(16)}`);
    }
    bits |= b << shiftto;
    shiftto -= 6;
    if (shiftto < 0) { out.push((bits >> 16) & 255, (bits >> 8) & 255, bits & 255); shiftto = 18; bits = 0; }
  }
  if (shiftto === 6) out.push((bits >> 16) & 255);
  else if (shiftto === 0) out.push((bits >> 16) & 255, (bits >> 8) & 255);
  else if (shiftto === 12) throw fail('Last unit does not have enough valid bits');
  if (sp < sl) throw fail(`Input byte array has incorrect ending byte at ${sp}`);
  return Uint8Array.from(out);
}

/** java.net.URLEncoder.encode(s, UTF-8): letters, digits and . - * _ stay, space is +. */
function urlEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/^[A-Za-z0-9.\-*_]$/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of javaUtf8(ch)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** java.net.URLDecoder.decode(s, UTF-8); its IllegalArgumentException (a bad escape) is NULL. */
function urlDecode(s: string): string | null {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = s[i]!;
    if (c === '+') { out += ' '; i++; continue; }
    if (c !== '%') { out += c; i++; continue; }
    const bytes: number[] = [];
    while (i + 2 < n && c === '%') {
      // Integer.parseInt(s, i + 1, i + 3, 16): a sign is allowed, a negative value is refused
      const hex = s.slice(i + 1, i + 3);
      if (!/^([+-][0-9a-fA-F]|[0-9a-fA-F]{2})$/.test(hex)) return null;
      const v = parseInt(hex, 16);
      if (v < 0) return null;
      bytes.push(v);
      i += 3;
      if (i < n) c = s[i]!;
    }
    if (i < n && c === '%') return null;
    out += decodeUtf8(Uint8Array.from(bytes));
  }
  return out;
}

/** EncodingUtils.unhex: pairs from the end; an odd first digit is checked but gives a 0 byte. */
function unhex(b: Uint8Array): Uint8Array | null {
  const digit = (x: number) => (x >= 48 && x <= 57 ? x - 48 : x >= 97 && x <= 102 ? x - 87 : x >= 65 && x <= 70 ? x - 55 : -1);
  const out = new Uint8Array((b.length + 1) >> 1);
  let i = b.length - 2, j = out.length - 1;
  for (; i >= 0; i -= 2) {
    const hi = digit(b[i]!), lo = digit(b[i + 1]!);
    if (hi < 0 || lo < 0) return null;
    out[j--] = (hi << 4) | lo;
  }
  if (i === -1 && digit(b[0]!) < 0) return null;
  return out;
}

type Charset = { kind: 'utf8' | 'latin1' | 'ascii' | 'utf16' | 'utf16be' | 'utf16le' | 'utf16lebom' | 'utf32' | 'utf32be' | 'utf32le' } | { kind: 'web'; label: string; single: boolean };

/** Java's charset names (case-insensitive, with the aliases one meets); others Java does not know
 *  fail as String.getBytes / new String do (UnsupportedEncodingException: the name). */
function charsetOf(name: string): Charset {
  const n = name.toLowerCase();
  const kind = CHARSET_ALIASES.get(n);
  if (kind) return { kind } as Charset;
  const web = WEB_CHARSETS.find(([, aliases]) => aliases.includes(n));
  if (web) return { kind: 'web', label: web[0], single: web[2] };
  throw new FlinkError('java.io.UnsupportedEncodingException', name);
}

/** Java's charset names and aliases (Charset.forName, case-insensitive; 'UTF_8' and 'US_ASCII' are none). */
const CHARSET_ALIASES = new Map<string, Exclude<Charset['kind'], 'web'>>([
  ...['utf-8', 'utf8', 'unicode-1-1-utf-8'].map((a) => [a, 'utf8'] as const),
  ...['iso-8859-1', 'iso8859_1', 'iso8859-1', 'latin1', 'l1', 'iso_8859_1', 'iso_8859-1', 'cp819', 'ibm819', 'ibm-819', '819', '8859_1', 'iso-ir-100', 'csisolatin1', 'iso_8859-1:1987'].map((a) => [a, 'latin1'] as const),
  ...['us-ascii', 'ascii', '646', 'ascii7', 'iso646-us', 'default', 'cp367', 'ibm367', 'csascii', 'us', 'iso_646.irv:1983', 'iso_646.irv:1991', 'ansi_x3.4-1968', 'ansi_x3.4-1986', 'iso-ir-6'].map((a) => [a, 'ascii'] as const),
  ...['utf-16', 'utf16', 'utf_16', 'unicode', 'unicodebig'].map((a) => [a, 'utf16'] as const),
  ...['utf-16be', 'utf_16be', 'iso-10646-ucs-2', 'x-utf-16be', 'unicodebigunmarked'].map((a) => [a, 'utf16be'] as const),
  ...['utf-16le', 'utf_16le', 'x-utf-16le', 'unicodelittleunmarked'].map((a) => [a, 'utf16le'] as const),
  ...['x-utf-16le-bom', 'unicodelittle'].map((a) => [a, 'utf16lebom'] as const),
  ...['utf-32', 'utf32', 'utf_32'].map((a) => [a, 'utf32'] as const),
  ...['utf-32be', 'utf_32be', 'x-utf-32be'].map((a) => [a, 'utf32be'] as const),
  ...['utf-32le', 'utf_32le', 'x-utf-32le'].map((a) => [a, 'utf32le'] as const),
]);

/** Code pages read through the WHATWG decoders: [label, Java's names, single-byte]. */
const WEB_CHARSETS: [string, string[], boolean][] = [
  ...['0', '1', '2', '3', '4', '5', '6', '7', '8'].map((d): [string, string[], boolean] => [`windows-125${d}`, [`windows-125${d}`, `cp125${d}`], true]),
  ...['2', '3', '4', '5', '6', '7', '8', '10', '13', '14', '16'].map((d): [string, string[], boolean] => [`iso-8859-${d}`, [`iso-8859-${d}`, `iso8859_${d}`, `iso8859-${d}`, `iso_8859-${d}`, `iso_8859_${d}`], true]),
  ['iso-8859-15', ['iso-8859-15', 'iso8859_15', 'iso8859-15', 'iso_8859-15', 'iso_8859_15', 'latin9', 'l9', 'latin0', 'csisolatin0', 'csisolatin9', 'iso8859_15_fdis', '923', 'cp923', 'ibm923', 'ibm-923'], true],
  ['koi8-r', ['koi8-r', 'koi8_r', 'koi8', 'cskoi8r'], true],
  ['koi8-u', ['koi8-u', 'koi8_u'], true],
  ['gbk', ['gbk', 'cp936', 'windows-936', 'x-gbk'], false],
  ['gb18030', ['gb18030', 'gb18030-2022'], false],
  ['big5', ['big5', 'csbig5'], false],
  ['shift_jis', ['shift_jis', 'sjis', 'shift-jis', 'ms_kanji', 'x-sjis', 'csshiftjis'], false],
  ['euc-jp', ['euc-jp', 'eucjp', 'euc_jp', 'x-euc-jp', 'eucjis', 'csEUCPkdFmtjapanese'.toLowerCase()], false],
  ['euc-kr', ['euc-kr', 'euckr', 'euc_kr', 'ksc5601', 'ksc_5601', 'ks_c_5601-1987', '5601', 'ksc5601-1987', 'ksc5601_1987', 'cseuckr'], false],
];

/** String.getBytes(charset): an unmappable character is '?'. */
function encodeCharset(s: string, name: string): Uint8Array {
  const cs = charsetOf(name);
  if (cs.kind === 'utf8') return javaUtf8(s);
  const out: number[] = [];
  switch (cs.kind) {
    case 'latin1': case 'ascii': {
      const max = cs.kind === 'latin1' ? 255 : 127;
      for (const ch of s) { const c = ch.codePointAt(0)!; out.push(c <= max ? c : 63); }
      break;
    }
    case 'utf16': case 'utf16be': case 'utf16le': case 'utf16lebom': {
      if (cs.kind === 'utf16' && s.length > 0) out.push(0xfe, 0xff);
      if (cs.kind === 'utf16lebom' && s.length > 0) out.push(0xff, 0xfe);
      const le = cs.kind === 'utf16le' || cs.kind === 'utf16lebom';
      s = s.replace(LONE_SURROGATE, '\ufffd');
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (le) out.push(c & 255, c >> 8); else out.push(c >> 8, c & 255);
      }
      break;
    }
    case 'utf32': case 'utf32be': case 'utf32le':
      for (const ch of s) {
        const c = ch.codePointAt(0)!;
        const be = [(c >>> 24) & 255, (c >>> 16) & 255, (c >>> 8) & 255, c & 255];
        out.push(...(cs.kind === 'utf32le' ? be.reverse() : be));
      }
      break;
    case 'web': {
      if (!cs.single) throw notSupported(`ENCODE to the charset ${name}`);
      const table = reverseTable(cs.label);
      for (const ch of s) out.push(table.get(ch) ?? 63);
      break;
    }
  }
  return Uint8Array.from(out);
}

const reverseTables = new Map<string, Map<string, number>>();
function reverseTable(label: string): Map<string, number> {
  let m = reverseTables.get(label);
  if (!m) {
    m = new Map();
    const dec = new TextDecoder(label);
    for (let b = 255; b >= 0; b--) { const ch = dec.decode(Uint8Array.of(b)); if (ch !== '\ufffd') m.set(ch, b); }
    reverseTables.set(label, m);
  }
  return m;
}

/** Java's UTF-8 decoder: as the WHATWG one, but an encoded surrogate (ED A0-BF 80-BF) is one U+FFFD. */
function decodeUtf8(b: Uint8Array): string {
  let out = '', from = 0;
  for (let i = 0; i + 2 < b.length; i++) {
    if (b[i] === 0xed && b[i + 1]! >= 0xa0 && b[i + 1]! <= 0xbf && b[i + 2]! >= 0x80 && b[i + 2]! <= 0xbf) {
      out += utf8Decoder.decode(b.subarray(from, i)) + '\ufffd';
      from = i + 3;
      i += 2;
    }
  }
  return from === 0 ? utf8Decoder.decode(b) : out + utf8Decoder.decode(b.subarray(from));
}

/** new String(bytes, charset): a malformed sequence is U+FFFD. */
function decodeCharset(b: Uint8Array, name: string): string {
  const cs = charsetOf(name);
  switch (cs.kind) {
    case 'utf8': return decodeUtf8(b);
    case 'latin1': return String.fromCharCode(...b);
    case 'ascii': return Array.from(b, (x) => (x < 128 ? String.fromCharCode(x) : '\ufffd')).join('');
    case 'utf32': case 'utf32be': case 'utf32le': {
      let out = '';
      for (let i = 0; i + 3 < b.length; i += 4) {
        const c = cs.kind === 'utf32le' ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0 : ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
        out += c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) ? String.fromCodePoint(c) : '\ufffd';
      }
      if (b.length % 4 !== 0) out += '\ufffd';
      return out;
    }
    case 'web': {
      const text = new TextDecoder(cs.label).decode(b);
      // Java's windows-1252 has no characters at 81, 8D, 8F, 90, 9D (WHATWG maps them to C1 controls)
      return cs.label === 'windows-1252' ? text.replace(/[\x81\x8d\x8f\x90\x9d]/g, '\ufffd') : text;
    }
  }
  let le = cs.kind === 'utf16le' || cs.kind === 'utf16lebom', start = 0;
  if ((cs.kind === 'utf16' || cs.kind === 'utf16lebom') && b.length >= 2) {
    if (b[0] === 0xfe && b[1] === 0xff) start = 2;
    else if (b[0] === 0xff && b[1] === 0xfe) { start = 2; le = true; }
  }
  let out = '';
  for (let i = start; i + 1 < b.length; i += 2) out += String.fromCharCode(le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  if ((b.length - start) % 2 === 1) out += '\ufffd';
  return out;
}

// ---------------------------------------------------------------- strings

/** BinaryStringDataUtil.trim(str, trimStr): code points of trimStr off both ends. */
function trimChars(s: string, chars: string): string {
  const set = new Set(chars);
  const cps = [...s];
  let a = 0, b = cps.length;
  while (a < b && set.has(cps[a]!)) a++;
  while (b > a && set.has(cps[b - 1]!)) b--;
  return cps.slice(a, b).join('');
}

/** StringUtils.isAlpha: every char a letter (Character.isLetter), not empty. */
function isAlpha(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!/\p{L}/u.test(s[i]!)) return false;
  return true;
}

/** StringUtils.isNumeric: every char a digit (Character.isDigit), not empty. */
function isDigit(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!/\p{Nd}/u.test(s[i]!)) return false;
  return true;
}

/** SqlFunctionUtils.isDecimal of a string: Integer.parseInt, Long.parseLong or Double.parseDouble reads it. */
function isDecimal(s: string): boolean {
  if (s === '') return false;
  // Integer/Long.parseInt read Character.digit of each char (Unicode digits, not a surrogate pair)
  const body = /^[+-]/.test(s) ? s.slice(1) : s;
  if (body.length >= 1 && body.length <= 18 && [...body].length === body.length && [...body].every((c) => /\p{Nd}/u.test(c))) return true;
  const x = s.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  return /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|0[xX]([0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP][+-]?\d+)[fFdD]?)$/.test(x);
}

/** TranslateFunction: each code point of `from` maps to the one at the same place in `to`
 *  (deleted past its end; the first mapping of a repeated one wins). */
function translate(e: string, from: string, to: string): string {
  const dict = new Map<string, string>();
  const f = [...from], tt = [...to];
  f.forEach((c, i) => { if (!dict.has(c)) dict.set(c, tt[i] ?? ''); });
  let out = '';
  for (const c of e) out += dict.get(c) ?? c;
  return out;
}

/** ELT's type: the values' common type, nullable (CHAR literals of several lengths are VARCHAR). */
function eltType(types: SqlType[]): SqlType {
  const chars = types.filter((x) => x.name === 'CHAR');
  if (chars.length === types.length && new Set(chars.map((x) => x.precision)).size > 1) {
    return t('VARCHAR', true, { precision: Math.max(...chars.map((x) => x.precision ?? 1)) });
  }
  return withNullable(commonType(types) ?? STRING(), true);
}

// ---------------------------------------------------------------- regular expressions

/** A java.util.regex pattern as a JS RegExp (Unicode mode, so that a code point is one
 *  character as in Java), or null when Java would not compile it. */
export function javaRegex(p: string, flags = ''): RegExp | null {
  const java = new Set(flags.replace(/[gyu]/g, ''));
  for (let m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(p); m; m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(p)) {
    if (!/^[idmsuxU]*$/.test(m[1]! + (m[2] ?? ''))) return null;
    for (const f of m[1]!) java.add(f);
    for (const f of m[2] ?? '') java.delete(f);
    p = p.slice(m[0].length);
  }
  if (java.has('x')) p = stripComments(p);
  // \G (the end of the previous match, the start at first) leading the pattern: a sticky search
  const sticky = p.startsWith('\\G');
  if (sticky) p = p.slice(2);
  const t = translateRegex(p, java.has('s'), java.has('m'), java.has('U'));
  if (t === null) return null;
  const js = [...java].filter((f) => f === 'i' || f === 'm' || f === 's').join('') + (flags.includes('g') ? 'g' : '') + (sticky ? 'y' : '') + (t.v ? 'v' : 'u');
  try { return new RegExp(t.src, js); } catch { return null; }
}

/** COMMENTS mode: blanks and #-comments outside classes are not part of the pattern. */
function stripComments(p: string): string {
  let out = '', cls = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') { out += c + (p[i + 1] ?? ''); i++; continue; }
    if (c === '[') cls++;
    else if (c === ']' && cls > 0) cls--;
    else if (!cls && /\s/.test(c)) continue;
    else if (!cls && c === '#') { while (i < p.length && p[i] !== '\n') i++; continue; }
    out += c;
  }
  return out;
}

const POSIX: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F', XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};
const JAVA_PROPS: Record<string, string> = {
  javaLowerCase: '\\p{Lowercase}', javaUpperCase: '\\p{Uppercase}', javaLetter: '\\p{L}', javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}', javaAlphabetic: '\\p{Alphabetic}', javaSpaceChar: '\\p{Z}', javaWhitespace: '\\t-\\r\\x1C-\\x1F\\p{Zs}\\p{Zl}\\p{Zp}',
  javaTitleCase: '\\p{Lt}', javaIdeographic: '\\p{Ideographic}',
};
const BLOCKS: Record<string, string> = {
  BasicLatin: '\\x00-\\x7F', Latin1Supplement: '\\x80-\\xFF', Greek: '\\u0370-\\u03FF', GreekandCoptic: '\\u0370-\\u03FF', Cyrillic: '\\u0400-\\u04FF',
  Hebrew: '\\u0590-\\u05FF', Arabic: '\\u0600-\\u06FF', Hiragana: '\\u3040-\\u309F', Katakana: '\\u30A0-\\u30FF', CJKUnifiedIdeographs: '\\u4E00-\\u9FFF',
  HangulSyllables: '\\uAC00-\\uD7AF', Thai: '\\u0E00-\\u0E7F', Devanagari: '\\u0900-\\u097F',
};
const CATEGORIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'LC', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So', 'Z', 'Zs', 'Zl', 'Zp', 'C', 'Cc', 'Cf', 'Cs', 'Co', 'Cn']);
const BINARY_PROPS: Record<string, string> = {
  alphabetic: 'Alphabetic', ideographic: 'Ideographic', letter: 'L', lowercase: 'Lowercase', uppercase: 'Uppercase', titlecase: 'Lt',
  punctuation: 'P', control: 'Cc', white_space: 'White_Space', whitespace: 'White_Space', digit: 'Nd', hex_digit: 'Hex_Digit',
  hexdigit: 'Hex_Digit', join_control: 'Join_Control', joincontrol: 'Join_Control', noncharacter_code_point: 'Noncharacter_Code_Point',
  assigned: 'Assigned', emoji: 'Emoji',
};

/** \p{name} as class content (a range list or a \p{...} escape), `neg` when it must be negated. */
function javaProperty(name: string): string | null {
  if (POSIX[name] !== undefined) return POSIX[name]!;
  if (name.startsWith('Is') && POSIX[name.slice(2)] !== undefined) return POSIX[name.slice(2)]!;
  if (JAVA_PROPS[name] !== undefined) return JAVA_PROPS[name]!;
  if (name.startsWith('In')) return BLOCKS[name.slice(2).replace(/[\s_-]/g, '')] ?? null;
  if (name.startsWith('block=') || name.startsWith('blk=')) return BLOCKS[name.split('=')[1]!.replace(/[\s_-]/g, '')] ?? null;
  const bare = name.replace(/^Is/, '').replace(/^(general_category|gc)=/i, '');
  if (CATEGORIES.has(bare)) return `\\p{${bare === 'LC' ? 'LC' : bare}}`;
  if (bare === 'L&') return '\\p{LC}';
  const bin = BINARY_PROPS[bare.toLowerCase()];
  if (bin) return `\\p{${bin}}`;
  const script = name.replace(/^Is/, '').replace(/^(script|sc)=/i, '');
  if (/^[A-Za-z_]+$/.test(script)) {
    const sc = script[0]!.toUpperCase() + script.slice(1).toLowerCase();
    try { new RegExp(`\\p{Script=${sc}}`, 'u'); return `\\p{Script=${sc}}`; } catch { return null; }
  }
  return null;
}

const LINE_END = '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?(?![\\s\\S]))';
const H_SPACE = ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const V_SPACE = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
const S_SPACE = ' \\t\\n\\x0B\\f\\r';
const UNI_WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}';

/** One escape of a pattern at p[i] (the backslash): its JS text, `cls` the form inside a class
 *  (class content), and how many characters it took; null for an escape Java refuses. */
function javaEscape(p: string, i: number, inClass: boolean, v: boolean, uni = false): { out: string; len: number } | null {
  const d = p[i + 1];
  if (d === undefined) return null;
  const set = (content: string, neg: boolean) => (inClass ? (neg ? (v ? `[^${content}]` : null) : content) : `[${neg ? '^' : ''}${content}]`);
  const wrap = (x: string | null, len: number) => (x === null ? null : { out: x, len });
  if (uni) {
    // UNICODE_CHARACTER_CLASS ((?U)): \w \d \s are Unicode's
    const u: Record<string, [string, boolean]> = { w: [UNI_WORD, false], W: [UNI_WORD, true], d: ['\\p{Nd}', false], D: ['\\p{Nd}', true], s: ['\\p{White_Space}', false], S: ['\\p{White_Space}', true] };
    if (u[d]) return wrap(set(u[d]![0], u[d]![1]), 2);
  }
  switch (d) {
    case 'd': case 'D': case 'w': case 'W': case 'b': case 'B': case 't': case 'n': case 'r': case 'f': return { out: '\\' + d, len: 2 };
    case 's': return wrap(set(S_SPACE, false), 2);
    case 'S': return wrap(set(S_SPACE, true), 2);
    case 'h': return wrap(set(H_SPACE, false), 2);
    case 'H': return wrap(set(H_SPACE, true), 2);
    case 'v': return wrap(set(V_SPACE, false), 2);
    case 'V': return wrap(set(V_SPACE, true), 2);
    case 'a': return { out: '\\x07', len: 2 };
    case 'e': return { out: '\\x1B', len: 2 };
    case 'c': return /[A-Za-z]/.test(p[i + 2] ?? '') ? { out: '\\c' + p[i + 2], len: 3 } : null;
    case 'x': {
      const br = /^\{([0-9a-fA-F]+)\}/.exec(p.slice(i + 2));
      if (br) return { out: `\\u{${br[1]}}`, len: 2 + br[0].length };
      const h = /^[0-9a-fA-F]{2}/.exec(p.slice(i + 2));
      return h ? { out: '\\x' + h[0], len: 4 } : null;
    }
    case 'u': { const h = /^[0-9a-fA-F]{4}/.exec(p.slice(i + 2)); return h ? { out: '\\u' + h[0], len: 6 } : null; }
    case '0': {
      const o = /^([0-3][0-7]{2}|[0-7]{1,2})/.exec(p.slice(i + 2));
      return o ? { out: `\\u{${parseInt(o[0], 8).toString(16)}}`, len: 2 + o[0].length } : null;
    }
    case 'p': case 'P': {
      let name: string, len: number;
      if (p[i + 2] === '{') { const close = p.indexOf('}', i + 3); if (close < 0) return null; name = p.slice(i + 3, close); len = close - i + 1; }
      else { name = p[i + 2] ?? ''; len = 3; }
      const content = javaProperty(name);
      if (content === null) return null;
      const neg = d === 'P';
      if (/^\\p\{[^}]+\}$/.test(content)) return { out: neg ? content.replace('\\p', '\\P') : content, len };
      return wrap(set(content, neg), len);
    }
    case 'k': { const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(p.slice(i + 2)); return m && !inClass ? { out: '\\k' + m[0], len: 2 + m[0].length } : null; }
    case 'A': return inClass ? null : { out: '(?<![\\s\\S])', len: 2 };
    case 'z': return inClass ? null : { out: '(?![\\s\\S])', len: 2 };
    case 'Z': return inClass ? null : { out: LINE_END, len: 2 };
    case 'G': return inClass ? null : { out: '', len: 2 };
    case 'R': return inClass ? null : { out: `(?:\\r\\n|[${V_SPACE}])`, len: 2 };
    case 'X': return inClass ? null : { out: '(?:\\P{M}\\p{M}*)', len: 2 };
  }
  if (/[1-9]/.test(d)) return inClass ? null : { out: '\\' + d, len: 2 };
  if (/[A-Za-z]/.test(d)) return null;
  return { out: literal(d, inClass, v), len: 2 };
}

/** A character that stands for itself, written for the JS pattern (u or v mode). */
function literal(c: string, inClass: boolean, v: boolean): string {
  if (inClass) {
    if (v) return /[!-\/:-@\[-`{-~]/.test(c) ? '\\' + c : c;
    return '\\^-[]'.includes(c) ? '\\' + c : c;
  }
  return '^$\\.*+?()[]{}|/'.includes(c) ? '\\' + c : c;
}

/** A character class at p[i] ('['): its JS text and its end; nested classes and && need v mode. */
function javaClass(p: string, i: number, v: boolean, uni = false): { out: string; end: number } | null {
  let j = i + 1;
  let neg = false;
  if (p[j] === '^') { neg = true; j++; }
  const groups: string[][] = [[]];
  let first = true;
  while (j < p.length) {
    const c = p[j]!;
    if (c === ']' && !first) {
      const parts = groups.map((g) => g.join(''));
      const body = parts.length > 1 ? parts.map((x) => `[${x}]`).join('&&') : parts[0]!;
      return { out: `[${neg ? '^' : ''}${body}]`, end: j };
    }
    first = false;
    if (c === '[') {
      if (!v) return null;
      const inner = javaClass(p, j, v, uni);
      if (!inner) return null;
      groups[groups.length - 1]!.push(inner.out);
      j = inner.end + 1;
      continue;
    }
    if (c === '&' && p[j + 1] === '&') {
      if (!v) return null;
      groups.push([]);
      j += 2;
      continue;
    }
    // one character (or escape), possibly the start of a range
    let atom: string; let len: number; let single = true;
    if (c === '\\') {
      if (p[j + 1] === 'Q') {
        const e = p.indexOf('\\E', j + 2);
        const lit = e < 0 ? p.slice(j + 2) : p.slice(j + 2, e);
        groups[groups.length - 1]!.push([...lit].map((x) => literal(x, true, v)).join(''));
        j = e < 0 ? p.length : e + 2;
        continue;
      }
      const esc = javaEscape(p, j, true, v, uni);
      if (!esc) return null;
      atom = esc.out; len = esc.len;
      single = /^(\\[tnrf]|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]+\}|\\c[A-Za-z]|\\.|.)$/su.test(atom) && !/^\\[dDwWsSbB]$/.test(atom);
    } else {
      const cp = String.fromCodePoint(p.codePointAt(j)!);
      atom = literal(cp, true, v); len = cp.length;
    }
    j += len;
    if (single && p[j] === '-' && p[j + 1] !== undefined && p[j + 1] !== ']' && p[j + 1] !== '[' && !(p[j + 1] === '&' && p[j + 2] === '&')) {
      let hi: string; let hl: number;
      if (p[j + 1] === '\\') { const esc = javaEscape(p, j + 1, true, v); if (!esc) return null; hi = esc.out; hl = esc.len; }
      else { const cp = String.fromCodePoint(p.codePointAt(j + 1)!); hi = literal(cp, true, v); hl = cp.length; }
      groups[groups.length - 1]!.push(`${atom}-${hi}`);
      j += 1 + hl;
      continue;
    }
    groups[groups.length - 1]!.push(atom);
  }
  return null;
}

/** Java's pattern syntax as JS's (u mode, or v mode for nested classes and intersections). */
function translateRegex(p: string, dotAll: boolean, multiline: boolean, uni: boolean): { src: string; v: boolean } | null {
  const v = /\[[^\]]*(\[|&&)/.test(p);
  let out = '';
  const closes: number[] = [0];
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      if (p[i + 1] === 'Q') {
        const e = p.indexOf('\\E', i + 2);
        const lit = e < 0 ? p.slice(i + 2) : p.slice(i + 2, e);
        out += [...lit].map((x) => literal(x, false, v)).join('');
        i = e < 0 ? p.length : e + 1;
        continue;
      }
      const esc = javaEscape(p, i, false, v, uni);
      if (!esc) return null;
      out += esc.out;
      i += esc.len - 1;
      continue;
    }
    if (c === '[') {
      const cls = javaClass(p, i, v, uni);
      if (!cls) return null;
      out += cls.out;
      i = cls.end;
      continue;
    }
    if (c === '(') {
      const rest = p.slice(i);
      let m: RegExpExecArray | null;
      if (rest.startsWith('(?>')) { out += '(?:'; closes.push(0); i += 2; continue; }
      if ((m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(rest))) {
        // flags from here to the end of the enclosing group: a modifier group closed with it
        const on = m[1]!.replace(/[^ims]/g, ''), off = (m[2] ?? '').replace(/[^ims]/g, '');
        if (!/^[idmsuxU]*$/.test(m[1]! + (m[2] ?? ''))) return null;
        if (on || off) { out += `(?${on}${off ? '-' + off : ''}:`; closes[closes.length - 1]!++; }
        i += m[0].length - 1;
        continue;
      }
      if ((m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?:/.exec(rest))) {
        const on = m[1]!.replace(/[^ims]/g, ''), off = (m[2] ?? '').replace(/[^ims]/g, '');
        out += on || off ? `(?${on}${off ? '-' + off : ''}:` : '(?:';
        closes.push(0);
        i += m[0].length - 1;
        continue;
      }
      if ((m = /^\(\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest))) { out += m[0]; closes.push(0); i += m[0].length - 1; continue; }
      if ((m = /^\(\?(=|!|<=|<!)/.exec(rest))) { out += m[0]; closes.push(0); i += m[0].length - 1; continue; }
      if (rest.startsWith('(?')) return null;
      out += '('; closes.push(0);
      continue;
    }
    if (c === ')') {
      if (closes.length < 2) return null;
      out += ')'.repeat(closes.pop()!) + ')';
      continue;
    }
    if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(p.slice(i));
      if (!m || out === '' || /[(|]$/.test(out)) return null;
      out += m[0];
      i += m[0].length - 1;
      if (p[i + 1] === '+') i++;
      continue;
    }
    if (c === '*' || c === '+' || c === '?') {
      out += c;
      if (p[i + 1] === '+') i++;
      continue;
    }
    if (c === '.') { out += dotAll ? '.' : '[^\\n\\r\\x85\\u2028\\u2029]'; continue; }
    if (c === '$') { out += multiline ? '$' : LINE_END; continue; }
    if (c === '^' || c === '|') { out += c; continue; }
    const cp = String.fromCodePoint(p.codePointAt(i)!);
    out += literal(cp, false, v);
    i += cp.length - 1;
  }
  if (closes.length !== 1) return null;
  return { src: out + ')'.repeat(closes[0]!), v };
}

function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')!.length - 1;
}

// ---------------------------------------------------------------- PRINTF (java.util.Formatter, Locale.US)

type Arg = { v: unknown; ty: SqlType };
class FormatError extends Error {}

/** String.format(Locale.US, f, args) over the Java objects Flink passes (its internal data:
 *  a DECIMAL is DecimalData, which %f refuses; a DATE is its day number); any Formatter
 *  exception gives NULL (PrintfFunction). */
function javaFormat(f: string, args: Arg[]): string | null {
  const re = /%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(\.\d+)?([tT][a-zA-Z]|[a-zA-Z%])/g;
  let out = '', last = 0, ordinary = 0, prev = -1;
  try {
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const literal = f.slice(last, m.index);
      if (literal.includes('%')) throw new FormatError();
      out += literal;
      last = re.lastIndex;
      const [, index, flags = '', widthS, precS, conv] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string];
      const width = widthS !== undefined ? Number(widthS) : -1;
      const prec = precS !== undefined ? Number(precS.slice(1)) : -1;
      if ((flags.includes('-') || flags.includes('0')) && width < 0) throw new FormatError();
      if (flags.includes('-') && flags.includes('0')) throw new FormatError();
      if (flags.includes('+') && flags.includes(' ')) throw new FormatError();
      if (conv === '%') { if (prec >= 0) throw new FormatError(); out += pad('%', width, flags.includes('-')); continue; }
      if (conv === 'n') { out += '\n'; continue; }
      let ai: number;
      if (index === '<') ai = prev;
      else if (index) ai = Number(index.slice(0, -1)) - 1;
      else ai = ordinary++;
      if (ai < 0 || ai >= args.length) throw new FormatError();
      prev = ai;
      out += formatOne(conv, flags, width, prec, args[ai]!);
    }
    const rest = f.slice(last);
    if (rest.includes('%')) throw new FormatError();
    return out + rest;
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

function pad(s: string, width: number, left: boolean): string {
  if (width < 0 || s.length >= width) return s;
  return left ? s.padEnd(width) : s.padStart(width);
}

function formatOne(conv: string, flags: string, width: number, prec: number, a: Arg): string {
  const upper = conv === conv.toUpperCase() && conv !== conv.toLowerCase();
  const c = conv.toLowerCase();
  const left = flags.includes('-');
  const general = (s: string) => {
    if (/[+ 0,(]/.test(flags) || (flags.includes('#'))) throw new FormatError();
    let x = prec >= 0 ? s.slice(0, prec) : s;
    if (upper) x = x.toUpperCase();
    return pad(x, width, left);
  };
  const v = a.v, ty = a.ty;
  // checks Formatter makes on the specifier itself, whatever the argument (NULL too)
  if ('doxc'.includes(c) && prec >= 0) throw new FormatError();
  if (c[0] === 't') {
    if (prec >= 0 || /[#+ 0,(]/.test(flags)) throw new FormatError();
    if (v === null) { let x = 'null'; if (upper) x = x.toUpperCase(); return pad(x, width, left); }
    if (ty.name !== 'BIGINT') throw new FormatError();
    let x = formatTime(v as number, conv[1]!);
    if (upper) x = x.toUpperCase();
    return pad(x, width, left);
  }
  if (c === 'b') return general(v === null ? 'false' : typeof v === 'boolean' ? String(v) : 'true');
  if (c === 's') return general(v === null ? 'null' : javaToString(v, ty));
  if (c === 'h') return general(v === null ? 'null' : (javaHashCode(v, ty) >>> 0).toString(16));
  if (v === null) {
    // a NULL argument prints "null" for every conversion, as a string (precision cuts it)
    let x = prec >= 0 ? 'null'.slice(0, prec) : 'null';
    if (upper) x = x.toUpperCase();
    return pad(x, width, left);
  }
  const integral = isIntegral(ty) || ty.name === 'DATE' || ty.name === 'TIME';
  const floating = ty.name === 'FLOAT' || ty.name === 'DOUBLE';
  if (c === 'c') {
    if (!integral || ty.name === 'BIGINT' || prec >= 0) throw new FormatError();
    if ((v as number) < 0 || (v as number) > 0x10ffff) throw new FormatError();
    let x = String.fromCodePoint(v as number);
    if (upper) x = x.toUpperCase();
    return pad(x, width, left);
  }
  if (c === 'd' || c === 'x' || c === 'o') {
    if (!integral || prec >= 0) throw new FormatError();
    const n = v as number;
    if (c === 'd') return formatInteger(BigInt(n), flags, width);
    if (/[+ ,(]/.test(flags)) throw new FormatError();
    const bitsOf = ty.name === 'TINYINT' ? 8 : ty.name === 'SMALLINT' ? 16 : ty.name === 'BIGINT' ? 64 : 32;
    const u = BigInt.asUintN(bitsOf, BigInt(n));
    let digits = u.toString(c === 'x' ? 16 : 8);
    if (flags.includes('#')) digits = (c === 'x' ? '0x' : '0') + digits;
    if (upper) digits = digits.toUpperCase();
    if (flags.includes('0')) digits = digits.padStart(width, '0');
    return pad(digits, width, left);
  }
  if (c === 'f' || c === 'e' || c === 'g') {
    if (!floating) throw new FormatError();
    const x = v as number;
    // Formatter widens a Float to double (%.3f of FLOAT 1.0005 is 1.000: 1.000499963760376)
    const digitsOf = javaDouble(ty.name === 'FLOAT' ? Math.fround(x) : x);
    let body: string;
    const neg = x < 0 || Object.is(x, -0);
    if (!Number.isFinite(x)) body = Number.isNaN(x) ? 'NaN' : 'Infinity';
    else body = formatFloat(digitsOf.replace(/^-/, ''), c, prec < 0 ? 6 : prec, flags.includes(','));
    // '#' keeps the decimal point of a zero precision (%#.0f of 1.5 is "2.")
    if (flags.includes('#') && Number.isFinite(x) && !body.includes('.')) body = body.replace(/^(\d[\d,]*)/, '$1.');
    if (upper) body = body.toUpperCase();
    return signAndPad(body, neg && !Number.isNaN(x), flags, width, Number.isFinite(x));
  }
  if (c === 'a') {
    if (!floating || prec >= 0 || /[ ,(]/.test(flags)) throw new FormatError();
    const x = ty.name === 'FLOAT' ? Math.fround(v as number) : (v as number);
    let body = Number.isNaN(x) ? 'NaN' : !Number.isFinite(x) ? 'Infinity' : hexDouble(Math.abs(x));
    if (upper) body = body.toUpperCase();
    return signAndPad(body, (x < 0 || Object.is(x, -0)) && !Number.isNaN(x), flags, width, false);
  }
  throw new FormatError();
}

/** Double.toHexString of a non-negative finite double (0x1.8p0). */
function hexDouble(x: number): string {
  if (x === 0) return '0x0.0p0';
  f64[0] = x;
  const hi = u32[HI]!, lo = u32[LO]!;
  const exp = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0').replace(/0+$/, '') || '0';
  return exp === 0 ? `0x0.${mant}p-1022` : `0x1.${mant}p${exp - 1023}`;
}

/** A %t conversion of a Long (epoch milliseconds, in the JVM's zone: UTC here). */
function formatTime(ms: number, k: string): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const Y = String(d.getUTCFullYear()).padStart(4, '0'), m = p2(d.getUTCMonth() + 1), dd = p2(d.getUTCDate());
  const H = p2(d.getUTCHours()), M = p2(d.getUTCMinutes()), S = p2(d.getUTCSeconds());
  switch (k) {
    case 'Y': return Y;
    case 'y': return Y.slice(-2);
    case 'C': return Y.slice(0, 2);
    case 'm': return m;
    case 'd': return dd;
    case 'e': return String(d.getUTCDate());
    case 'H': return H;
    case 'k': return String(d.getUTCHours());
    case 'I': return p2(((d.getUTCHours() + 11) % 12) + 1);
    case 'l': return String(((d.getUTCHours() + 11) % 12) + 1);
    case 'M': return M;
    case 'S': return S;
    case 'L': return String(d.getUTCMilliseconds()).padStart(3, '0');
    case 'p': return d.getUTCHours() < 12 ? 'am' : 'pm';
    case 'B': return MONTHS[d.getUTCMonth()]!;
    case 'b': case 'h': return MONTHS[d.getUTCMonth()]!.slice(0, 3);
    case 'A': return DAYS[d.getUTCDay()]!;
    case 'a': return DAYS[d.getUTCDay()]!.slice(0, 3);
    case 'j': return String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0');
    case 'F': return `${Y}-${m}-${dd}`;
    case 'D': return `${m}/${dd}/${Y.slice(-2)}`;
    case 'T': return `${H}:${M}:${S}`;
    case 'R': return `${H}:${M}`;
    case 'Q': return String(ms);
    case 's': return String(Math.floor(ms / 1000));
    case 'Z': return 'UTC';
    case 'z': return '+0000';
    default: throw new FormatError();
  }
}

function signAndPad(body: string, neg: boolean, flags: string, width: number, zeroable: boolean): string {
  let prefix = '', suffix = '';
  if (neg) { if (flags.includes('(')) { prefix = '('; suffix = ')'; } else prefix = '-'; }
  else if (flags.includes('+')) prefix = '+';
  else if (flags.includes(' ')) prefix = ' ';
  if (flags.includes('0') && zeroable && width > 0) body = body.padStart(width - prefix.length - suffix.length, '0');
  return pad(prefix + body + suffix, width, flags.includes('-'));
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatInteger(n: bigint, flags: string, width: number): string {
  const neg = n < 0n;
  let body = (neg ? -n : n).toString();
  if (flags.includes(',')) body = group(body);
  return signAndPad(body, neg, flags, width, true);
}

/** A decimal digit string (Java's Double/Float.toString of |x|) rounded HALF_UP as Formatter does. */
function formatFloat(javaStr: string, conv: string, prec: number, grouping: boolean): string {
  // digits and exponent of the shortest representation: value = 0.d1d2d3... * 10^exp
  const m = /^(\d+)\.(\d+)(?:E(-?\d+))?$/.exec(javaStr)!;
  let digits = (m[1]! + m[2]!);
  let exp = m[1]!.length + Number(m[3] ?? 0);
  const lead = digits.search(/[1-9]/);
  if (lead < 0) { digits = '0'; exp = 1; } else { digits = digits.slice(lead); exp -= lead; }
  digits = digits.replace(/0+$/, '') || '0';
  const isZero = digits === '0';
  const round = (ds: string, keep: number): { ds: string; carry: boolean } => {
    // keep `keep` digits of ds, HALF_UP
    if (keep < 0) return { ds: '', carry: false };
    if (ds.length <= keep) return { ds: ds.padEnd(keep, '0'), carry: false };
    let kept = ds.slice(0, keep);
    if (Number(ds[keep]) >= 5) {
      const arr = kept.split('').map(Number);
      let i = arr.length - 1;
      while (i >= 0 && arr[i] === 9) { arr[i] = 0; i--; }
      if (i < 0) return { ds: '1' + arr.join(''), carry: true };
      arr[i]!++;
      kept = arr.join('');
    }
    return { ds: kept, carry: false };
  };
  const fixed = (p: number): string => {
    if (isZero) return p > 0 ? '0.' + '0'.repeat(p) : '0';
    // digits after the point: p; digits before: exp
    const total = exp + p;
    let ds: string; let e = exp;
    if (total < 0) ds = '';
    else if (total === 0) { ds = Number(digits[0]) >= 5 ? '1' : ''; if (ds) e = exp + 1; }
    else { const r = round(digits, total); ds = r.ds; if (r.carry) e = exp + 1; }
    const all = e > 0 ? ds.padStart(0) : '0'.repeat(-e) + ds;
    const intLen = Math.max(e, 0);
    let intPart = intLen > 0 ? all.slice(0, intLen).padEnd(intLen, '0') : '0';
    let frac = intLen > 0 ? all.slice(intLen) : all;
    frac = frac.padEnd(p, '0').slice(0, p);
    if (intPart === '') intPart = '0';
    if (grouping) intPart = group(intPart);
    return p > 0 ? `${intPart}.${frac}` : intPart;
  };
  const sci = (p: number): string => {
    if (isZero) return (p > 0 ? '0.' + '0'.repeat(p) : '0') + 'e+00';
    const r = round(digits, p + 1);
    const e = exp - 1 + (r.carry ? 1 : 0);
    const ds = r.carry ? r.ds.slice(0, p + 1) : r.ds;
    const mant = p > 0 ? `${ds[0]}.${ds.slice(1)}` : ds[0]!;
    return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  };
  if (conv === 'f') return fixed(prec);
  if (conv === 'e') return sci(prec);
  // %g: precision significant digits; fixed between 10^-4 and 10^precision after rounding
  const p = prec === 0 ? 1 : prec;
  if (isZero) return fixed(p - 1);
  const r = round(digits, p);
  const e = exp - 1 + (r.carry ? 1 : 0);
  if (e >= -4 && e < p) return fixed(p - 1 - e);
  return sci(p - 1);
}

/** The text Java's toString gives the object Flink passes for a value of type `ty`. */
function javaToString(v: unknown, ty: SqlType): string {
  switch (ty.name) {
    case 'DOUBLE': return javaDouble(v as number);
    case 'FLOAT': return javaFloat(v as number);
    case 'DECIMAL': return decimalString(v as number, ty.scale ?? 0);
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return localDateTime(v as number);
    default: return String(v);
  }
}

/** hashCode() of the object Flink passes for a value (%h): a string is BinaryStringData, whose
 *  hash is Flink's MurmurHash of its UTF-8 bytes (seed 42). */
function javaHashCode(v: unknown, ty: SqlType): number {
  if (typeof v === 'string') return murmurBytes(utf8.encode(v));
  if (typeof v === 'boolean') return v ? 1231 : 1237;
  if (ty.name === 'BIGINT') { const b = BigInt.asUintN(64, BigInt(v as number)); return Number(BigInt.asIntN(32, b ^ (b >> 32n))); }
  if (ty.name === 'DOUBLE') {
    f64[0] = v === 0 && Object.is(v, -0) ? -0 : (Number.isNaN(v) ? NaN : (v as number));
    return (u32[HI]! ^ u32[LO]!) | 0;
  }
  if (isIntegral(ty) || ty.name === 'DATE' || ty.name === 'TIME') return (v as number) | 0;
  if (ty.name === 'FLOAT') { const f = new Float32Array([v as number]); return new Int32Array(f.buffer)[0]!; }
  if (ty.name === 'DECIMAL') {
    // DecimalData's: BigDecimal.hashCode, 31 * the unscaled BigInteger's hash + the scale
    const scale = ty.scale ?? 0;
    const unscaled = BigInt(decimalString(v as number, scale).replace('.', ''));
    let mag = unscaled < 0n ? -unscaled : unscaled;
    const words: number[] = [];
    while (mag > 0n) { words.unshift(Number(mag & 0xffffffffn)); mag >>= 32n; }
    let h = 0;
    for (const w of words) h = (Math.imul(31, h) + w) | 0;
    if (unscaled < 0n) h = -h | 0;
    return (Math.imul(31, h) + scale) | 0;
  }
  const str = javaToString(v, ty);
  let h = 0;
  for (let i = 0; i < str.length; i++) h = (Math.imul(h, 31) + str.charCodeAt(i)) | 0;
  return h;
}

function murmurBytes(b: Uint8Array): number {
  const mixK1 = (k: number) => Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
  const mixH1 = (h: number, k: number) => (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
  const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
  const aligned = b.length - (b.length % 4);
  let h1 = 42;
  for (let i = 0; i < aligned; i += 4) h1 = mixH1(h1, mixK1(b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)));
  for (let i = aligned; i < b.length; i++) h1 = mixH1(h1, mixK1((b[i]! << 24) >> 24));
  let h = h1 ^ b.length;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h;
}

// ---------------------------------------------------------------- URLs, addresses, time zones

const URL_PROTOCOLS = new Set(['http', 'https', 'ftp', 'file', 'jar', 'mailto']);

/** SqlFunctionUtils.parseUrl over java.net.URL's parts (NULL for a URL it does not take). */
function parseUrl(u: string, part: string, key?: string): string | null {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s.exec(u.trim());
  if (!m || !URL_PROTOCOLS.has(m[1]!.toLowerCase())) return null;
  const protocol = m[1]!.toLowerCase();
  let rest = m[2]!;
  let ref: string | null = null;
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) { ref = rest.slice(hashAt + 1); rest = rest.slice(0, hashAt); }
  let authority: string | null = null;
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?]/);
    authority = end < 0 ? rest.slice(2) : rest.slice(2, 2 + end);
    rest = end < 0 ? '' : rest.slice(2 + end);
  }
  let query: string | null = null;
  const q = rest.indexOf('?');
  if (q >= 0) { query = rest.slice(q + 1); rest = rest.slice(0, q); }
  const path = rest;
  // URLStreamHandler.parseURL: two '@' leave no user info and an empty host; a port must be digits
  const at = authority?.indexOf('@') ?? -1;
  const serverBased = authority === null || at === authority.lastIndexOf('@');
  const userInfo = authority !== null && at >= 0 && serverBased ? authority.slice(0, at) : null;
  let host = authority === null || !serverBased ? '' : at >= 0 ? authority.slice(at + 1) : authority;
  {
    let port: string | undefined;
    if (host.startsWith('[')) {
      const close = host.indexOf(']');
      if (close < 0) return null;
      port = host.slice(close + 1);
      host = host.slice(0, close + 1);
      if (port !== '' && !port.startsWith(':')) return null;
      port = port.slice(1);
    } else {
      const colon = host.indexOf(':');
      if (colon >= 0) { port = host.slice(colon + 1); host = host.slice(0, colon); }
    }
    // Integer.parseInt, and a port below -1 is refused (-1, "no port", is taken)
    if (port !== undefined && port !== '' && !/^(\d+|-0*1|-0+)$/.test(port)) return null;
  }
  if (key !== undefined) {
    if (part !== 'QUERY' || query === null) return null;
    const km = new RegExp(`(&|^)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=([^&]*)`).exec(query);
    return km ? km[2]! : null;
  }
  switch (part) {
    case 'HOST': return host;
    case 'PATH': return path;
    case 'QUERY': return query;
    case 'REF': return ref;
    case 'PROTOCOL': return protocol;
    case 'FILE': return query === null ? path : `${path}?${query}`;
    case 'AUTHORITY': return authority;
    case 'USERINFO': return userInfo;
    default: return null;
  }
}

/** InetAtonFunction: 1-4 dotted parts of at most 255 each (a.b is a.0.0.b, a.b.c is a.b.0.c). */
function inetAton(s: string): number | null {
  if (s === '') return null;
  const parts = s.split('.');
  if (parts.length > 4) return null;
  const ns: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return null;
    let v = 0;
    for (const ch of p) { v = v * 10 + Number(ch); if (v > 255) return null; }
    ns.push(v);
  }
  const [a, b, c, d] = ns as [number, number, number, number];
  switch (ns.length) {
    case 1: return a;
    case 2: return a * 2 ** 24 + b;
    case 3: return a * 2 ** 24 + b * 2 ** 16 + c;
    default: return a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
  }
}

/** java.util.TimeZone.getTimeZone's legacy three-letter ids that are not IANA names. */
const JAVA_SHORT_IDS: Record<string, string> = {
  PST: 'America/Los_Angeles', CST: 'America/Chicago', AST: 'America/Anchorage', IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo', CTT: 'Asia/Shanghai', ECT: 'Europe/Paris', AET: 'Australia/Sydney', BST: 'Asia/Dhaka',
  PNT: 'America/Phoenix', IET: 'America/Indiana/Indianapolis', CAT: 'Africa/Harare', EAT: 'Africa/Addis_Ababa',
  NET: 'Asia/Yerevan', PLT: 'Asia/Karachi', VST: 'Asia/Ho_Chi_Minh', SST: 'Pacific/Guadalcanal', NST: 'Pacific/Auckland',
  AGT: 'America/Argentina/Buenos_Aires', BET: 'America/Sao_Paulo', ART: 'Africa/Cairo', MIT: 'Pacific/Apia',
  // fixed offsets in Java (tzdb now links them to Panama, Phoenix, Honolulu: HST was -10:30 in 1900)
  EST: 'Etc/GMT+5', MST: 'Etc/GMT+7', HST: 'Etc/GMT+10',
};

/** A zone as TimeZone.getTimeZone reads its id: an offset function (ms east of UTC at an instant);
 *  an unknown id is GMT. */
const zones = new Map<string, (utc: number) => number>();
function zoneOffset(id: string): (utc: number) => number {
  let z = zones.get(id);
  if (!z) { z = makeZoneOffset(id); zones.set(id, z); }
  return z;
}

function makeZoneOffset(id: string): (utc: number) => number {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const off = (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) * 60_000 * (custom[1] === '-' ? -1 : 1);
    return () => off;
  }
  const zone = JAVA_SHORT_IDS[id] ?? id;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    const resolved = fmt.resolvedOptions().timeZone;
    // Java's ids are case-sensitive: 'utc' or 'asia/tokyo' are not zones (GMT)
    if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase() && zone !== 'UTC') return () => 0;
    if (!/^[A-Za-z]/.test(zone)) return () => 0;
  } catch { return () => 0; }
  return (utc) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
    const y = p.era === 'BC' ? 1 - Number(p.year) : Number(p.year);
    const local = Date.UTC(y, Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
    return local - (utc - (((utc % 1000) + 1000) % 1000));
  };
}

/** The instant of a wall time as java.util.GregorianCalendar computes it: the offset in force
 *  after a transition from the transition's wall time in that offset on, the earlier one before
 *  (a time in a spring-forward gap reads in standard time: 02:30 in Los Angeles on 2024-03-10 is
 *  10:30Z; a repeated autumn hour reads in the later, standard, offset). */
function wallToUtc(local: number, off: (utc: number) => number): number {
  const DAY = 86_400_000;
  const early = off(local - DAY), late = off(local + DAY);
  if (early === late) return local - early;
  let lo = local - DAY, hi = local + DAY;
  while (hi - lo > 1000) { const mid = Math.floor((lo + hi) / 2); if (off(mid) === early) lo = mid; else hi = mid; }
  return local < hi + late ? local - early : local - late;
}

/** DateTimeUtils.convertTz: a lenient SimpleDateFormat 'yyyy-MM-dd HH:mm:ss' read in one zone,
 *  written in the other (text after the seconds is ignored; text it cannot read is NULL). */
function convertTz(s: string, from: string, to: string): string | null {
  const m = /^\s*(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)/.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const base = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec));
  base.setUTCFullYear(base.getUTCFullYear() - 2000 + y);
  const local = base.getTime();
  const utc = wallToUtc(local, zoneOffset(from));
  const out = utc + zoneOffset(to)(utc);
  const dt = new Date(out);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${p2(dt.getUTCMonth() + 1)}-${p2(dt.getUTCDate())} ${p2(dt.getUTCHours())}:${p2(dt.getUTCMinutes())}:${p2(dt.getUTCSeconds())}`;
}

// ---------------------------------------------------------------- JSON strings

/** JsonQuoteFunction: ", \, / and control escapes; every char from 128 on as \\u%04x (lower case). */
function jsonQuote(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp >= 128) { out += '\\u' + cp.toString(16).padStart(4, '0'); continue; }
    const ch = s[i]!;
    out += ch === '"' ? '\\"' : ch === '\\' ? '\\\\' : ch === '/' ? '\\/' : ch === '\b' ? '\\b' : ch === '\f' ? '\\f'
      : ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ch;
  }
  return `"${out}"`;
}

/** JsonUnquoteFunction: a valid JSON value written as a quoted string is unescaped; anything
 *  else (an object, a number, invalid JSON) comes back as it is. */
function jsonUnquote(s: string): string {
  // validity is Jackson's readValue: the first JSON value, whatever follows it
  const end = firstJsonValueEnd(s);
  if (end < 0) return s;
  try { JSON.parse(s.slice(0, end)); } catch { return s; }
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
  // unescapeStr of what is between the outer quotes (an illegal escape: the input unchanged)
  const inner = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\' || i + 1 >= inner.length) { out += c; continue; }
    const e = inner[++i]!;
    const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    if (simple[e] !== undefined) out += simple[e];
    else if (e === 'u') {
      const hex = inner.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return s;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else return s;
  }
  return out;
}

/** Where the first JSON value of `s` ends (after leading blanks), or -1 when none starts it. */
function firstJsonValueEnd(s: string): number {
  let i = 0;
  while (i < s.length && /\s/.test(s[i]!)) i++;
  if (i >= s.length) return -1;
  const c = s[i]!;
  if (c === '"') {
    for (let j = i + 1; j < s.length; j++) { if (s[j] === '\\') j++; else if (s[j] === '"') return j + 1; }
    return -1;
  }
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s[j]!;
      if (d === '"') { j++; while (j < s.length && s[j] !== '"') { if (s[j] === '\\') j++; j++; } continue; }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') { depth--; if (depth === 0) return j + 1; }
    }
    return -1;
  }
  const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i));
  return m ? i + m[0].length : -1;
}

// ---------------------------------------------------------------- StrictMath (fdlibm)

// Java's Math.sinh/cosh are StrictMath's, fdlibm's, whose exp is not V8's Math.exp (fdlibm's
// exp(1) is 2.7182818284590455): COSH(1.0) is 1.543080634815244 on Flink, not 1.5430806348152437.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = 1, LO = 0; // little-endian words of a double
const hiWord = (x: number) => { f64[0] = x; return u32[HI]! | 0; };
const loWord = (x: number) => { f64[0] = x; return u32[LO]!; };

function fdlibmExp(x: number): number {
  const ln2HI = [6.93147180369123816490e-01, -6.93147180369123816490e-01];
  const ln2LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
  const halF = [0.5, -0.5];
  const twom1000 = 9.33263618503218878990e-302;
  const P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
    P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  let hx = hiWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0, lo = 0, k = 0;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) return Number.isNaN(x) ? x : xsb === 0 ? x : 0;
    if (x > 7.09782712893383973096e+02) return Infinity;
    if (x < -7.45133219101941108420e+02) return 0;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) { hi = x - ln2HI[xsb]!; lo = ln2LO[xsb]!; k = 1 - xsb - xsb; }
    else {
      k = Math.trunc(1.44269504088896338700e+00 * x + halF[xsb]!);
      hi = x - k * ln2HI[0]!;
      lo = k * ln2LO[0]!;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x;
  } else k = 0;
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * 2 ** 1023 : y * 2 ** k; // fdlibm adds k to the exponent: 2^1024 is no double
  return y * 2 ** (k + 1000) * twom1000;
}

// fdlibm's tanh (StrictMath's in Java): V8's (FreeBSD's) returns x below 2^-28, fdlibm computes it,
// an ulp apart on 81 of test/engine/data/java-math.txt.gz's inputs (tanh(-5.779564727860461e-17)).
// Its expm1 is fdlibm's in both.
export function fdlibmTanh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return jx >= 0 ? 1 / x + 1 : 1 / x - 1;
  let z: number;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) { const t = Math.expm1(2 * Math.abs(x)); z = 1 - 2 / (t + 2); }
    else { const t = Math.expm1(-2 * Math.abs(x)); z = -t / (t + 2); }
  } else z = 1 - 1e-300;
  return jx >= 0 ? z : -z;
}

// fdlibm's atan2 (StrictMath's): V8's (FreeBSD's) returns +-pi/2 for |y/x| > 2^60 when x < 0 too,
// fdlibm computes pi - (z - pi_lo): ATAN2(-1e-137, -1e-250) is -1.5707963267948968 in Java.
export function fdlibmAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const piO4 = 7.8539816339744827900e-01, piO2 = 1.5707963267948965580e+00, pi = 3.1415926535897931160e+00,
    piLo = 1.2246467991473531772e-16;
  const hx = hiWord(x), ix = hx & 0x7fffffff, lx = loWord(x);
  const hy = hiWord(y), iy = hy & 0x7fffffff, ly = loWord(y);
  if (x === 1) return Math.atan(y);
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2);
  if ((iy | ly) === 0) return m <= 1 ? y : m === 2 ? pi : -pi;
  if ((ix | lx) === 0) return hy < 0 ? -piO2 : piO2;
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) return m === 0 ? piO4 : m === 1 ? -piO4 : m === 2 ? 3 * piO4 : -3 * piO4;
    return m === 0 ? 0 : m === 1 ? -0 : m === 2 ? pi : -pi;
  }
  if (iy === 0x7ff00000) return hy < 0 ? -piO2 : piO2;
  const k = (iy - ix) >> 20;
  let z: number;
  if (k > 60) z = piO2 + 0.5 * piLo;
  else if (hx < 0 && k < -60) z = 0;
  else z = Math.atan(Math.abs(y / x));
  switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return pi - (z - piLo);
    default: return (z - piLo) - pi;
  }
}

export function fdlibmCosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < 0x3fd62e43) {
    const t = Math.expm1(Math.abs(x));
    const w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { const t = fdlibmExp(Math.abs(x)); return 0.5 * t + 0.5 / t; }
  if (ix < 0x40862e42) return 0.5 * fdlibmExp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = fdlibmExp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function fdlibmSinh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * fdlibmExp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = fdlibmExp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** java.util.Random (the 48-bit linear congruential generator). */
/**
 * RAND's and RAND_INTEGER's java.util.Random per row, given the row's seed: a literal seed is one
 * generator for the operator (row after row), a column's seeds a new one per row; no seed: any
 * sequence.
 */
function generator(cs: Compiled[], seeded: boolean): (seed: number) => JavaRandom {
  const literal = seeded && cs[0]!.literal !== undefined && cs[0]!.literal !== null;
  const shared = literal ? new JavaRandom(cs[0]!.literal as number) : seeded ? null : new JavaRandom(Date.now());
  return shared ? () => shared : (seed) => new JavaRandom(seed);
}

export class JavaRandom {
  private seed: bigint;
  private static readonly MULT = 0x5deece66dn;
  private static readonly MASK = (1n << 48n) - 1n;
  constructor(seed: number) { this.seed = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ JavaRandom.MULT) & JavaRandom.MASK; }
  next(bits: number): number {
    this.seed = (this.seed * JavaRandom.MULT + 0xbn) & JavaRandom.MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  nextInt(bound: number): number {
    if (bound <= 0) throw new FlinkError('java.lang.IllegalArgumentException', 'bound must be positive');
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; u - (r = u % bound) + m > 2147483647 || u - r + m < 0; u = this.next(31));
    return r;
  }
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }
}
