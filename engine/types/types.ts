// SQL types as the engine and the analysis see them, with Flink's names and nullability.
//
// Value representation (one per logical type; every operator relies on it):
//   TINYINT SMALLINT INT BIGINT FLOAT DOUBLE   JS number (BIGINT beyond 2^53 is not exact)
//   DECIMAL(p, s)                              JS number, rendered with the type's scale
//   CHAR VARCHAR STRING                        JS string
//   BOOLEAN                                    true / false
//   TIMESTAMP(p), TIMESTAMP_LTZ(p)             epoch milliseconds (a LocalDateTime read as UTC)
//   DATE                                       days since 1970-01-01
//   TIME(p)                                    milliseconds of the day
//   INTERVAL (day-time / year-month)           milliseconds / months
//   ARRAY<T>, MULTISET<T>                      JS array (a multiset as [value, count] pairs)
//   MAP<K, V>                                  JS Map
//   ROW<...>                                   JS array of the fields
//   NULL of any type                           null
// Rendering is type-driven (values do not know their type): see engine/types/values.ts.

export type TypeName =
  | 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'DECIMAL'
  | 'CHAR' | 'VARCHAR' | 'BOOLEAN' | 'BINARY' | 'VARBINARY'
  | 'TIMESTAMP' | 'TIMESTAMP_LTZ' | 'DATE' | 'TIME'
  | 'INTERVAL_DAY_TIME' | 'INTERVAL_YEAR_MONTH'
  | 'ARRAY' | 'MULTISET' | 'MAP' | 'ROW' | 'NULL' | 'DESCRIPTOR';

export type TimeAttribute = 'rowtime' | 'proctime';

export interface SqlType {
  name: TypeName;
  nullable: boolean;
  /** length of CHAR/VARCHAR (STRING = VARCHAR(2147483647)), precision of DECIMAL/TIMESTAMP/TIME */
  precision?: number;
  scale?: number;
  element?: SqlType;
  key?: SqlType;
  value?: SqlType;
  fields?: { name: string; type: SqlType }[];
  /** a time attribute (event time from a WATERMARK, processing time from PROCTIME()) */
  timeAttr?: TimeAttribute;
}

export const MAX_LENGTH = 2147483647;

export function t(name: TypeName, nullable = true, extra: Partial<SqlType> = {}): SqlType {
  return { name, nullable, ...extra };
}
export const INT = (nullable = true) => t('INT', nullable);
export const BIGINT = (nullable = true) => t('BIGINT', nullable);
export const DOUBLE = (nullable = true) => t('DOUBLE', nullable);
export const BOOLEAN = (nullable = true) => t('BOOLEAN', nullable);
export const STRING = (nullable = true) => t('VARCHAR', nullable, { precision: MAX_LENGTH });
export const TIMESTAMP = (p = 3, nullable = true) => t('TIMESTAMP', nullable, { precision: p });

export function withNullable(ty: SqlType, nullable: boolean): SqlType {
  return ty.nullable === nullable ? ty : { ...ty, nullable };
}
export function withoutTimeAttr(ty: SqlType): SqlType {
  if (!ty.timeAttr) return ty;
  const { timeAttr: _drop, ...rest } = ty;
  return rest;
}

export const isIntegral = (ty: SqlType) =>
  ty.name === 'TINYINT' || ty.name === 'SMALLINT' || ty.name === 'INT' || ty.name === 'BIGINT';
export const isApprox = (ty: SqlType) => ty.name === 'FLOAT' || ty.name === 'DOUBLE';
export const isNumeric = (ty: SqlType) => isIntegral(ty) || isApprox(ty) || ty.name === 'DECIMAL';
export const isString = (ty: SqlType) => ty.name === 'CHAR' || ty.name === 'VARCHAR';
export const isTimestamp = (ty: SqlType) => ty.name === 'TIMESTAMP' || ty.name === 'TIMESTAMP_LTZ';

const INTEGRAL_RANK: Record<string, number> = { TINYINT: 1, SMALLINT: 2, INT: 3, BIGINT: 4 };
const INTEGRAL_DIGITS: Record<string, number> = { TINYINT: 3, SMALLINT: 5, INT: 10, BIGINT: 19 };

/** Precision/scale of an exact numeric type as Flink sees it for decimal arithmetic. */
export function decimalOf(ty: SqlType): { p: number; s: number } {
  if (ty.name === 'DECIMAL') return { p: ty.precision ?? 10, s: ty.scale ?? 0 };
  return { p: INTEGRAL_DIGITS[ty.name] ?? 19, s: 0 };
}

/** Flink's least restrictive type for arithmetic operands (Calcite's rules, Flink's DECIMAL). */
export function numericResult(a: SqlType, b: SqlType, op: '+' | '-' | '*' | '/' | '%'): SqlType {
  const nullable = a.nullable || b.nullable;
  if (isApprox(a) || isApprox(b)) {
    // FLOAT with a DECIMAL is DOUBLE (Flink 2.3.0: CAST(3 AS FLOAT) * 1.1 is 3.3000000000000003)
    const name = a.name === 'DOUBLE' || b.name === 'DOUBLE' || a.name === 'DECIMAL' || b.name === 'DECIMAL' ? 'DOUBLE' : 'FLOAT';
    return t(name, nullable);
  }
  if (a.name === 'DECIMAL' || b.name === 'DECIMAL') {
    const x = decimalOf(a), y = decimalOf(b);
    let p: number, s: number;
    if (op === '+' || op === '-') {
      // findAdditionDecimalType (also subtraction)
      s = Math.max(x.s, y.s);
      p = Math.max(x.p - x.s, y.p - y.s) + s + 1;
    } else if (op === '*') {
      // Flink's LogicalTypeMerging.findMultiplicationDecimalType: p1 + p2 + 1, s1 + s2
      s = x.s + y.s;
      p = x.p + y.p + 1;
    } else if (op === '/') {
      // Flink's LogicalTypeMerging.findDivisionDecimalType
      s = Math.max(6, x.s + y.p + 1);
      p = x.p - x.s + y.s + s;
    } else {
      // findModuloDecimalType
      s = Math.max(x.s, y.s);
      p = Math.min(x.p - x.s, y.p - y.s) + s;
    }
    return adjustDecimal(p, s, nullable);
  }
  if (isIntegral(a) && isIntegral(b)) {
    const ra = INTEGRAL_RANK[a.name]!, rb = INTEGRAL_RANK[b.name]!;
    return t(ra >= rb ? a.name : b.name, nullable);
  }
  return t('DOUBLE', nullable);
}

function adjustDecimal(p: number, s: number, nullable: boolean): SqlType {
  if (p > 38) {
    const intDigits = p - s;
    const minScale = Math.min(s, 6);
    s = Math.max(38 - intDigits, minScale);
    p = 38;
  }
  return t('DECIMAL', nullable, { precision: p, scale: s });
}

/** Flink's SQL name of a type, as it prints it in messages and DESCRIBE. */
export function typeToString(ty: SqlType): string {
  const nn = ty.nullable ? '' : ' NOT NULL';
  let base: string;
  switch (ty.name) {
    case 'VARCHAR': base = ty.precision === MAX_LENGTH || ty.precision === undefined ? 'STRING' : `VARCHAR(${ty.precision})`; break;
    case 'CHAR': base = `CHAR(${ty.precision ?? 1})`; break;
    case 'DECIMAL': base = `DECIMAL(${ty.precision ?? 10}, ${ty.scale ?? 0})`; break;
    case 'TIMESTAMP': base = `TIMESTAMP(${ty.precision ?? 6})`; break;
    case 'TIMESTAMP_LTZ': base = `TIMESTAMP_LTZ(${ty.precision ?? 6})`; break;
    case 'TIME': base = `TIME(${ty.precision ?? 0})`; break;
    case 'ARRAY': base = `ARRAY<${typeToString(ty.element!)}>`; break;
    case 'MULTISET': base = `MULTISET<${typeToString(ty.element!)}>`; break;
    case 'MAP': base = `MAP<${typeToString(ty.key!)}, ${typeToString(ty.value!)}>`; break;
    case 'ROW': base = `ROW<${(ty.fields ?? []).map((f) => `\`${f.name}\` ${typeToString(f.type)}`).join(', ')}>`; break;
    // Flink's summary of VARBINARY(2147483647) is BYTES
    case 'VARBINARY': base = ty.precision === MAX_LENGTH || ty.precision === undefined ? 'BYTES' : `VARBINARY(${ty.precision})`; break;
    case 'BINARY': base = `BINARY(${ty.precision ?? 1})`; break;
    case 'INTERVAL_DAY_TIME': base = 'INTERVAL SECOND(3)'; break;
    case 'INTERVAL_YEAR_MONTH': base = 'INTERVAL YEAR(2) TO MONTH'; break;
    default: base = ty.name;
  }
  if (ty.timeAttr === 'rowtime') base += ' *ROWTIME*';
  if (ty.timeAttr === 'proctime') base += ' *PROCTIME*';
  return base + nn;
}

/** Common supertype for UNION, CASE, COALESCE, IN lists (null when there is none). */
export function commonType(types: SqlType[]): SqlType | null {
  const real = types.filter((x) => x.name !== 'NULL');
  const nullable = types.some((x) => x.nullable);
  if (real.length === 0) return t('NULL', true);
  let acc = withoutTimeAttr(real[0]!);
  for (const x of real.slice(1)) {
    if (x.name === acc.name) {
      if (isString(x) || x.name === 'DECIMAL' || isTimestamp(x) || x.name === 'TIME') {
        if (x.name === 'DECIMAL') {
          const a = decimalOf(acc), b = decimalOf(x);
          const s = Math.max(a.s, b.s);
          acc = t('DECIMAL', true, { precision: Math.min(38, Math.max(a.p - a.s, b.p - b.s) + s), scale: s });
        } else if (x.name === 'CHAR' && (x.precision ?? 1) !== (acc.precision ?? 1)) {
          // CHARs of different lengths meet as a VARCHAR (Flink's and its Calcite's ragged rule:
          // CASE WHEN c THEN 'a' ELSE 'bc' END is VARCHAR(2), of 'a' and 'b' CHAR(1))
          acc = t('VARCHAR', true, { precision: Math.max(acc.precision ?? 1, x.precision ?? 1) });
        } else {
          acc = { ...acc, precision: Math.max(acc.precision ?? 0, x.precision ?? 0) };
        }
      }
      continue;
    }
    if (isString(x) && isString(acc)) {
      acc = t('VARCHAR', true, { precision: Math.max(acc.precision ?? 1, x.precision ?? 1) });
      continue;
    }
    if (isNumeric(x) && isNumeric(acc)) {
      acc = numericResult(acc, x, '+');
      if (acc.name === 'DECIMAL') {
        const a = decimalOf(acc);
        acc = t('DECIMAL', true, { precision: a.p - 1, scale: a.s });
      }
      continue;
    }
    if (isTimestamp(x) && isTimestamp(acc)) continue;
    return null;
  }
  return withNullable(acc, nullable);
}
