// ARRAY_* and MAP_* functions as Flink 2.3.0 computes them (flink-table-runtime's
// functions/scalar/Array*Function, Map*Function; types and errors measured on Flink 2.3.0:
// cases function-array-*, function-map-*).
//
// What Flink does that is easy to get wrong:
// - Equality is the generated `=` of the element type: NaN equals nothing (not even itself),
//   0.0 equals -0.0, arrays and rows compare element-wise with NULL equal to NULL, maps compare
//   regardless of order but a NULL value never equals (ARRAY_DISTINCT keeps {a=null} twice).
// - ARRAY_EXCEPT / ARRAY_INTERSECT keep elements in a HashSet: besides `=`, the hash codes must
//   agree, and 0.0 and -0.0 hash apart (ARRAY_EXCEPT([-0.0], [0.0]) is [-0.0]).
// - ARRAY_SORT is java.util.Arrays.sort with a comparator that answers -1 for equal elements
//   (`a > b ? 1 : -1`): TimSort (replayed whole: runs, merges, gallops) puts a later equal element
//   before an earlier one (-0.0 and 0.0 swap), NaN is never greater, and on a long array with many
//   ties TimSort may notice the broken contract and fail the job (IllegalArgumentException).
// - Strings order by UTF-8 bytes (code points), not UTF-16 units: 'ﬀ' < '😀'. Except the strings
//   of a json source's arrays (BinaryStringData still holding its Java String compares by
//   String.compareTo): the source marks those (JAVA_STRINGS) and the functions here pass the mark
//   on to an array made only of such elements (case function-array-sort-json-utf16).
// - Map values keep their key array's order (MAP_KEYS of a MAP[...] constructor is the written
//   order, of a json map the source's HashMap order, MAP_UNION puts the later map's keys first).
import type * as A from '../../syntax/ast.ts';
import { CALCITE, FlinkError, VALIDATION } from '../errors.ts';
import { castFn, type Compiled, type Fn } from '../expressions.ts';
import { JAVA_STRINGS } from '../../types/values.ts';
import { BOOLEAN, INT, STRING, commonType, isNumeric, isString, t, typeToString, withNullable, type SqlType } from '../../types/types.ts';
import type { CallSite, CompiledCall, Impl } from './index.ts';

const FLINK_RUNTIME = 'org.apache.flink.util.FlinkRuntimeException';
const INVALID_ARGS = 'Invalid input arguments.';

/** The names of this family that take a bare NULL in some argument (expressions.ts lets them through). */
export const COLLECTION_NULL_ARGS = new Set(['ARRAY_CONTAINS', 'ARRAY_APPEND', 'ARRAY_PREPEND', 'ARRAY_POSITION', 'ARRAY_REMOVE', 'ARRAY_SLICE', 'ARRAY_JOIN', 'ARRAY_SORT']);

/** Calcite's wrong-argument-count message: the supported signatures Flink 2.3.0 lists. */
const SIGNATURES: Record<string, { counts: (n: number) => boolean; sigs: string[] }> = {
  ARRAY_APPEND: { counts: (n) => n === 2, sigs: ['ARRAY_APPEND(array <ARRAY>, element <ARRAY ELEMENT>)'] },
  ARRAY_PREPEND: { counts: (n) => n === 2, sigs: ['ARRAY_PREPEND(array <ARRAY>, element <ARRAY ELEMENT>)'] },
  ARRAY_CONTAINS: { counts: (n) => n === 2, sigs: ['ARRAY_CONTAINS(haystack <ARRAY>, needle <ARRAY ELEMENT>)'] },
  ARRAY_CONCAT: { counts: (n) => n >= 1, sigs: ['ARRAY_CONCAT(<COMMON>, <COMMON>...)'] },
  ARRAY_DISTINCT: { counts: (n) => n === 1, sigs: ['ARRAY_DISTINCT(haystack <ARRAY>)'] },
  ARRAY_EXCEPT: { counts: (n) => n === 2, sigs: ['ARRAY_EXCEPT(<COMMON>, <COMMON>)'] },
  ARRAY_INTERSECT: { counts: (n) => n === 2, sigs: ['ARRAY_INTERSECT(<COMMON>, <COMMON>)'] },
  ARRAY_UNION: { counts: (n) => n === 2, sigs: ['ARRAY_UNION(<COMMON>, <COMMON>)'] },
  ARRAY_JOIN: { counts: (n) => n === 2 || n === 3, sigs: ['ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)', 'ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)'] },
  ARRAY_MAX: { counts: (n) => n === 1, sigs: ['ARRAY_MAX(<ARRAY<COMPARABLE>>)'] },
  ARRAY_MIN: { counts: (n) => n === 1, sigs: ['ARRAY_MIN(<ARRAY<COMPARABLE>>)'] },
  ARRAY_POSITION: { counts: (n) => n === 2, sigs: ['ARRAY_POSITION(haystack <ARRAY>, needle <ARRAY ELEMENT>)'] },
  ARRAY_REMOVE: { counts: (n) => n === 2, sigs: ['ARRAY_REMOVE(haystack <ARRAY>, needle <ARRAY ELEMENT>)'] },
  ARRAY_REVERSE: { counts: (n) => n === 1, sigs: ['ARRAY_REVERSE(haystack <ARRAY>)'] },
  ARRAY_SLICE: { counts: (n) => n === 2 || n === 3, sigs: ['ARRAY_SLICE(<ARRAY>, <INTEGER>, <INTEGER>)', 'ARRAY_SLICE(<ARRAY>, <INTEGER>)'] },
  ARRAY_SORT: { counts: (n) => n >= 1 && n <= 3, sigs: ['ARRAY_SORT(<ARRAY<COMPARABLE>>)', 'ARRAY_SORT(<ARRAY<COMPARABLE>>, <BOOLEAN>)', 'ARRAY_SORT(<ARRAY<COMPARABLE>>, <BOOLEAN>, <BOOLEAN>)'] },
  MAP_KEYS: { counts: (n) => n === 1, sigs: ['MAP_KEYS(input <MAP>)'] },
  MAP_VALUES: { counts: (n) => n === 1, sigs: ['MAP_VALUES(input <MAP>)'] },
  MAP_ENTRIES: { counts: (n) => n === 1, sigs: ['MAP_ENTRIES(input <MAP>)'] },
  MAP_FROM_ARRAYS: { counts: (n) => n === 2, sigs: ['MAP_FROM_ARRAYS(keysArray <ARRAY>, valuesArray <ARRAY>)'] },
  MAP_UNION: { counts: (n) => n >= 1, sigs: ['MAP_UNION(<COMMON>, <COMMON>...)'] },
};

/** Calcite's name of a type in "No match found for function signature" (`<INTEGER ARRAY>`). */
function calciteName(ty: SqlType): string {
  switch (ty.name) {
    case 'INT': return 'INTEGER';
    case 'VARCHAR': return ty.precision === undefined || ty.precision >= 2147483647 ? 'VARCHAR' : `VARCHAR(${ty.precision})`;
    case 'CHAR': return `CHAR(${ty.precision ?? 1})`;
    case 'DECIMAL': return `DECIMAL(${ty.precision ?? 10}, ${ty.scale ?? 0})`;
    case 'ARRAY': return `${calciteName(ty.element!)} ARRAY`;
    case 'MAP': return `(${calciteName(ty.key!)}, ${calciteName(ty.value!)}) MAP`;
    case 'TIMESTAMP': return `TIMESTAMP(${ty.precision ?? 6})`;
    case 'TIMESTAMP_LTZ': return `TIMESTAMP_WITH_LOCAL_TIME_ZONE(${ty.precision ?? 6})`;
    default: return ty.name;
  }
}

// ---------------------------------------------------------------------------------------------
// types

/** LogicalTypeCasts.supportsImplicitCast, nullability aside. */
export function implicitCastable(from: SqlType, to: SqlType): boolean {
  if (from.name === 'NULL') return true;
  const f = from.name;
  switch (to.name) {
    case 'CHAR': return f === 'CHAR';
    case 'VARCHAR': return f === 'CHAR' || f === 'VARCHAR';
    case 'BOOLEAN': return f === 'BOOLEAN';
    case 'BINARY': return f === 'BINARY';
    case 'VARBINARY': return f === 'BINARY' || f === 'VARBINARY';
    case 'DECIMAL': return f === 'TINYINT' || f === 'SMALLINT' || f === 'INT' || f === 'BIGINT' || f === 'DECIMAL';
    case 'TINYINT': return f === 'TINYINT';
    case 'SMALLINT': return f === 'TINYINT' || f === 'SMALLINT';
    case 'INT': return f === 'TINYINT' || f === 'SMALLINT' || f === 'INT';
    case 'BIGINT': return f === 'TINYINT' || f === 'SMALLINT' || f === 'INT' || f === 'BIGINT';
    case 'FLOAT': return f === 'TINYINT' || f === 'SMALLINT' || f === 'INT' || f === 'BIGINT' || f === 'FLOAT' || f === 'DECIMAL';
    case 'DOUBLE': return isNumeric(from);
    case 'DATE': return f === 'DATE' || f === 'TIMESTAMP';
    case 'TIME': return f === 'TIME' || f === 'TIMESTAMP';
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return f === 'TIMESTAMP' || f === 'TIMESTAMP_LTZ';
    case 'INTERVAL_DAY_TIME': case 'INTERVAL_YEAR_MONTH': return f === to.name;
    case 'ARRAY': case 'MULTISET': return f === to.name && implicitCastable(from.element!, to.element!);
    case 'MAP': return f === 'MAP' && implicitCastable(from.key!, to.key!) && implicitCastable(from.value!, to.value!);
    case 'ROW': return f === 'ROW' && (from.fields?.length ?? 0) === (to.fields?.length ?? 0)
      && from.fields!.every((x, i) => implicitCastable(x.type, to.fields![i]!.type));
    default: return f === to.name;
  }
}

/** Flink's least restrictive type of collection arguments (element, key and value types merged). */
function leastRestrictive(types: SqlType[]): SqlType | null {
  const real = types.filter((x) => x.name !== 'NULL');
  if (real.length === 0) return null;
  const nullable = types.some((x) => x.nullable);
  const first = real[0]!;
  if (first.name === 'ARRAY' || first.name === 'MULTISET') {
    if (!real.every((x) => x.name === first.name)) return null;
    const el = leastRestrictive(real.map((x) => x.element!));
    return el && t(first.name, nullable, { element: el });
  }
  if (first.name === 'MAP') {
    if (!real.every((x) => x.name === 'MAP')) return null;
    const k = leastRestrictive(real.map((x) => x.key!)), v = leastRestrictive(real.map((x) => x.value!));
    return k && v && t('MAP', nullable, { key: k, value: v });
  }
  if (first.name === 'ROW') {
    if (!real.every((x) => x.name === 'ROW' && x.fields!.length === first.fields!.length)) return null;
    const fields = first.fields!.map((f, i) => ({ name: f.name, type: leastRestrictive(real.map((x) => x.fields![i]!.type)) }));
    if (fields.some((f) => !f.type)) return null;
    return t('ROW', nullable, { fields: fields as { name: string; type: SqlType }[] });
  }
  if (real.some((x) => x.name === 'ARRAY' || x.name === 'MAP' || x.name === 'ROW' || x.name === 'MULTISET')) return null;
  // CHAR(1) and CHAR(3) meet in VARCHAR(3) (ARRAY_CONCAT(ARRAY['a'], ARRAY['bcd']) on Flink 2.3.0)
  if (real.every((x) => x.name === 'CHAR') && real.some((x) => x.precision !== first.precision)) {
    return t('VARCHAR', nullable, { precision: Math.max(...real.map((x) => x.precision ?? 1)) });
  }
  return commonType(types);
}

/** Types with both EQUALS and ORDER comparison (what ARRAY_MAX/MIN/SORT accept as elements). */
function orderable(ty: SqlType): boolean {
  switch (ty.name) {
    case 'BOOLEAN': case 'ARRAY': case 'MAP': case 'MULTISET': case 'ROW': case 'NULL': case 'DESCRIPTOR': return false;
    default: return true;
  }
}

// ---------------------------------------------------------------------------------------------
// equality and order as Flink's generated code computes them

const isStructured = (ty: SqlType | undefined) => !!ty && (ty.name === 'ARRAY' || ty.name === 'MAP' || ty.name === 'ROW' || ty.name === 'MULTISET');

/** `a = b` of two non-null values of type `ty`; `hashed` also asks their hash codes to agree
 *  (a HashSet's view: 0.0 and -0.0 are equal but hash apart). */
export function sqlEquals(a: unknown, b: unknown, ty: SqlType, hashed = false): boolean {
  switch (ty.name) {
    case 'FLOAT': case 'DOUBLE':
      return a === b && (!hashed || Object.is(a, b));
    case 'ARRAY': case 'ROW': {
      const x = a as unknown[], y = b as unknown[];
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        const u = x[i], v = y[i];
        if (u === null || u === undefined || v === null || v === undefined) {
          if ((u === null || u === undefined) !== (v === null || v === undefined)) return false;
          continue;
        }
        if (!sqlEquals(u, v, ty.name === 'ARRAY' ? ty.element! : ty.fields![i]!.type, hashed)) return false;
      }
      return true;
    }
    case 'MAP': {
      const x = a as Map<unknown, unknown>, y = b as Map<unknown, unknown>;
      if (x.size !== y.size) return false;
      for (const [k, v] of x) {
        let found = false;
        for (const [k2, v2] of y) {
          const keq = k === null || k2 === null ? k === k2 : sqlEquals(k, k2, ty.key!, hashed);
          if (!keq) continue;
          // a NULL value equals nothing (measured: ARRAY_DISTINCT keeps {a=null} twice)
          if (v !== null && v2 !== null && sqlEquals(v, v2, ty.value!, hashed)) found = true;
          break;
        }
        if (!found) return false;
      }
      return true;
    }
    case 'BINARY': case 'VARBINARY': {
      const x = a as Uint8Array, y = b as Uint8Array;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
      return true;
    }
    default:
      return a === b;
  }
}

/** Code point order of two strings (the UTF-8 byte order BinaryStringData compares by). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff, ys = y >= 0xd800 && y <= 0xdfff;
    // a surrogate (a code point above U+FFFF) sorts after every BMP character
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** `a > b` of two non-null values of an orderable type. */
function greaterFn(ty: SqlType): (a: any, b: any) => boolean {
  if (isString(ty)) return (a: string, b: string) => compareCodePoints(a, b) > 0;
  if (ty.name === 'BINARY' || ty.name === 'VARBINARY') {
    return (a: Uint8Array, b: Uint8Array) => {
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
      return a.length > b.length;
    };
  }
  return (a: number, b: number) => a > b;
}

/** `a > b` of two strings holding their Java String (String.compareTo: UTF-16 units). */
const greaterUtf16 = (a: string, b: string) => a > b;

/** `out` marked as made of a json source's strings when every input is (see JAVA_STRINGS). */
function passMark<T extends object>(out: T, ...ins: unknown[]): T {
  if (ins.every((x) => typeof x === 'object' && x !== null && JAVA_STRINGS.has(x))) JAVA_STRINGS.add(out);
  return out;
}

/** java.util.Arrays.sort(Object[], Comparator): java.util.TimSort (JDK 17), replayed step by step.
 *  Flink's comparator answers -1 for equal elements, so where equal elements land (and whether
 *  TimSort notices the broken contract and throws) depends on every comparison TimSort makes. */
export function javaSort<T>(a: T[], c: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n < 2) return a;
  if (n < MIN_MERGE) {
    binarySort(a, 0, n, countRunAndMakeAscending(a, 0, n, c), c);
    return a;
  }
  const runBase: number[] = [], runLen: number[] = [];
  let minGallop = MIN_GALLOP;
  const contract = () => new FlinkError('java.lang.IllegalArgumentException', 'Comparison method violates its general contract!');

  const mergeLo = (base1: number, len1: number, base2: number, len2: number) => {
    const tmp = a.slice(base1, base1 + len1);
    let cursor1 = 0, cursor2 = base2, dest = base1;
    a[dest++] = a[cursor2++]!;
    if (--len2 === 0) { for (let i = 0; i < len1; i++) a[dest + i] = tmp[cursor1 + i]!; return; }
    if (len1 === 1) { for (let i = 0; i < len2; i++) a[dest + i] = a[cursor2 + i]!; a[dest + len2] = tmp[cursor1]!; return; }
    let mg = minGallop;
    outer: while (true) {
      let count1 = 0, count2 = 0;
      do {
        if (c(a[cursor2]!, tmp[cursor1]!) < 0) {
          a[dest++] = a[cursor2++]!; count2++; count1 = 0;
          if (--len2 === 0) break outer;
        } else {
          a[dest++] = tmp[cursor1++]!; count1++; count2 = 0;
          if (--len1 === 1) break outer;
        }
      } while ((count1 | count2) < mg);
      do {
        count1 = gallopRight(a[cursor2]!, tmp, cursor1, len1, 0, c);
        if (count1 !== 0) {
          for (let i = 0; i < count1; i++) a[dest + i] = tmp[cursor1 + i]!;
          dest += count1; cursor1 += count1; len1 -= count1;
          if (len1 <= 1) break outer;
        }
        a[dest++] = a[cursor2++]!;
        if (--len2 === 0) break outer;
        count2 = gallopLeft(tmp[cursor1]!, a, cursor2, len2, 0, c);
        if (count2 !== 0) {
          for (let i = 0; i < count2; i++) a[dest + i] = a[cursor2 + i]!;
          dest += count2; cursor2 += count2; len2 -= count2;
          if (len2 === 0) break outer;
        }
        a[dest++] = tmp[cursor1++]!;
        if (--len1 === 1) break outer;
        mg--;
      } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
      if (mg < 0) mg = 0;
      mg += 2;
    }
    minGallop = mg < 1 ? 1 : mg;
    if (len1 === 1) { for (let i = 0; i < len2; i++) a[dest + i] = a[cursor2 + i]!; a[dest + len2] = tmp[cursor1]!; }
    else if (len1 === 0) throw contract();
    else for (let i = 0; i < len1; i++) a[dest + i] = tmp[cursor1 + i]!;
  };

  const mergeHi = (base1: number, len1: number, base2: number, len2: number) => {
    const tmp = a.slice(base2, base2 + len2);
    let cursor1 = base1 + len1 - 1, cursor2 = len2 - 1, dest = base2 + len2 - 1;
    a[dest--] = a[cursor1--]!;
    if (--len1 === 0) { for (let i = 0; i < len2; i++) a[dest - (len2 - 1) + i] = tmp[i]!; return; }
    if (len2 === 1) {
      dest -= len1; cursor1 -= len1;
      for (let i = len1 - 1; i >= 0; i--) a[dest + 1 + i] = a[cursor1 + 1 + i]!;
      a[dest] = tmp[cursor2]!;
      return;
    }
    let mg = minGallop;
    outer: while (true) {
      let count1 = 0, count2 = 0;
      do {
        if (c(tmp[cursor2]!, a[cursor1]!) < 0) {
          a[dest--] = a[cursor1--]!; count1++; count2 = 0;
          if (--len1 === 0) break outer;
        } else {
          a[dest--] = tmp[cursor2--]!; count2++; count1 = 0;
          if (--len2 === 1) break outer;
        }
      } while ((count1 | count2) < mg);
      do {
        count1 = len1 - gallopRight(tmp[cursor2]!, a, base1, len1, len1 - 1, c);
        if (count1 !== 0) {
          dest -= count1; cursor1 -= count1; len1 -= count1;
          for (let i = count1 - 1; i >= 0; i--) a[dest + 1 + i] = a[cursor1 + 1 + i]!;
          if (len1 === 0) break outer;
        }
        a[dest--] = tmp[cursor2--]!;
        if (--len2 === 1) break outer;
        count2 = len2 - gallopLeft(a[cursor1]!, tmp, 0, len2, len2 - 1, c);
        if (count2 !== 0) {
          dest -= count2; cursor2 -= count2; len2 -= count2;
          for (let i = 0; i < count2; i++) a[dest + 1 + i] = tmp[cursor2 + 1 + i]!;
          if (len2 <= 1) break outer;
        }
        a[dest--] = a[cursor1--]!;
        if (--len1 === 0) break outer;
        mg--;
      } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
      if (mg < 0) mg = 0;
      mg += 2;
    }
    minGallop = mg < 1 ? 1 : mg;
    if (len2 === 1) {
      dest -= len1; cursor1 -= len1;
      for (let i = len1 - 1; i >= 0; i--) a[dest + 1 + i] = a[cursor1 + 1 + i]!;
      a[dest] = tmp[cursor2]!;
    } else if (len2 === 0) throw contract();
    else for (let i = 0; i < len2; i++) a[dest - (len2 - 1) + i] = tmp[i]!;
  };

  const mergeAt = (i: number) => {
    let base1 = runBase[i]!, len1 = runLen[i]!;
    const base2 = runBase[i + 1]!; let len2 = runLen[i + 1]!;
    runLen[i] = len1 + len2;
    if (i === runBase.length - 3) { runBase[i + 1] = runBase[i + 2]!; runLen[i + 1] = runLen[i + 2]!; }
    runBase.pop(); runLen.pop();
    const k = gallopRight(a[base2]!, a, base1, len1, 0, c);
    base1 += k; len1 -= k;
    if (len1 === 0) return;
    len2 = gallopLeft(a[base1 + len1 - 1]!, a, base2, len2, len2 - 1, c);
    if (len2 === 0) return;
    if (len1 <= len2) mergeLo(base1, len1, base2, len2); else mergeHi(base1, len1, base2, len2);
  };

  let lo = 0, nRemaining = n;
  const minRun = minRunLength(n);
  do {
    let rl = countRunAndMakeAscending(a, lo, n, c);
    if (rl < minRun) {
      const force = nRemaining <= minRun ? nRemaining : minRun;
      binarySort(a, lo, lo + force, lo + rl, c);
      rl = force;
    }
    runBase.push(lo); runLen.push(rl);
    // mergeCollapse
    while (runBase.length > 1) {
      let m = runBase.length - 2;
      if ((m > 0 && runLen[m - 1]! <= runLen[m]! + runLen[m + 1]!) || (m > 1 && runLen[m - 2]! <= runLen[m]! + runLen[m - 1]!)) {
        if (runLen[m - 1]! < runLen[m + 1]!) m--;
      } else if (m < 0 || runLen[m]! > runLen[m + 1]!) {
        break;
      }
      mergeAt(m);
    }
    lo += rl; nRemaining -= rl;
  } while (nRemaining !== 0);
  // mergeForceCollapse
  while (runBase.length > 1) {
    let m = runBase.length - 2;
    if (m > 0 && runLen[m - 1]! < runLen[m + 1]!) m--;
    mergeAt(m);
  }
  return a;
}

const MIN_MERGE = 32, MIN_GALLOP = 7;

function minRunLength(n: number): number {
  let r = 0;
  while (n >= MIN_MERGE) { r |= n & 1; n >>= 1; }
  return n + r;
}

function countRunAndMakeAscending<T>(a: T[], lo: number, hi: number, c: (x: T, y: T) => number): number {
  let runHi = lo + 1;
  if (runHi === hi) return 1;
  if (c(a[runHi++]!, a[lo]!) < 0) {
    while (runHi < hi && c(a[runHi]!, a[runHi - 1]!) < 0) runHi++;
    for (let l = lo, h = runHi - 1; l < h; l++, h--) { const x = a[l]!; a[l] = a[h]!; a[h] = x; }
  } else {
    while (runHi < hi && c(a[runHi]!, a[runHi - 1]!) >= 0) runHi++;
  }
  return runHi - lo;
}

function binarySort<T>(a: T[], lo: number, hi: number, start: number, c: (x: T, y: T) => number): void {
  if (start === lo) start++;
  for (; start < hi; start++) {
    const pivot = a[start]!;
    let left = lo, right = start;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (c(pivot, a[mid]!) < 0) right = mid; else left = mid + 1;
    }
    for (let i = start; i > left; i--) a[i] = a[i - 1]!;
    a[left] = pivot;
  }
}

function gallopLeft<T>(key: T, a: T[], base: number, len: number, hint: number, c: (x: T, y: T) => number): number {
  let lastOfs = 0, ofs = 1;
  if (c(key, a[base + hint]!) > 0) {
    const maxOfs = len - hint;
    while (ofs < maxOfs && c(key, a[base + hint + ofs]!) > 0) { lastOfs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxOfs; }
    if (ofs > maxOfs) ofs = maxOfs;
    lastOfs += hint; ofs += hint;
  } else {
    const maxOfs = hint + 1;
    while (ofs < maxOfs && c(key, a[base + hint - ofs]!) <= 0) { lastOfs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxOfs; }
    if (ofs > maxOfs) ofs = maxOfs;
    const tmp = lastOfs; lastOfs = hint - ofs; ofs = hint - tmp;
  }
  lastOfs++;
  while (lastOfs < ofs) {
    const m = lastOfs + ((ofs - lastOfs) >>> 1);
    if (c(key, a[base + m]!) > 0) lastOfs = m + 1; else ofs = m;
  }
  return ofs;
}

function gallopRight<T>(key: T, a: T[], base: number, len: number, hint: number, c: (x: T, y: T) => number): number {
  let ofs = 1, lastOfs = 0;
  if (c(key, a[base + hint]!) < 0) {
    const maxOfs = hint + 1;
    while (ofs < maxOfs && c(key, a[base + hint - ofs]!) < 0) { lastOfs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxOfs; }
    if (ofs > maxOfs) ofs = maxOfs;
    const tmp = lastOfs; lastOfs = hint - ofs; ofs = hint - tmp;
  } else {
    const maxOfs = len - hint;
    while (ofs < maxOfs && c(key, a[base + hint + ofs]!) >= 0) { lastOfs = ofs; ofs = (ofs << 1) + 1; if (ofs <= 0) ofs = maxOfs; }
    if (ofs > maxOfs) ofs = maxOfs;
    lastOfs += hint; ofs += hint;
  }
  lastOfs++;
  while (lastOfs < ofs) {
    const m = lastOfs + ((ofs - lastOfs) >>> 1);
    if (c(key, a[base + m]!) < 0) ofs = m; else lastOfs = m + 1;
  }
  return ofs;
}

// ---------------------------------------------------------------------------------------------

const isNull = (v: unknown) => v === null || v === undefined;

export function compileCollectionCall(site: CallSite): CompiledCall | undefined {
  const name = site.name;
  const sig = SIGNATURES[name];
  if (!sig) return undefined;
  const { argNodes } = site;
  const range = site.call.range;
  const cs = site.args();
  if (!sig.counts(cs.length)) {
    throw new FlinkError(CALCITE, `${site.pos(range)}No match found for function signature ${name}(${cs.map((c) => `<${calciteName(c.type)}>`).join(', ')}).\nSupported signatures are:\n${sig.sigs.join('\n')}`, range);
  }
  // a bare NULL is Calcite's "Illegal use of 'NULL'" where Flink cannot infer its type
  const nullOk = (i: number) => {
    switch (name) {
      case 'ARRAY_APPEND': case 'ARRAY_PREPEND': case 'ARRAY_POSITION': case 'ARRAY_REMOVE': case 'ARRAY_CONTAINS': return i === 1;
      case 'ARRAY_SLICE': case 'ARRAY_JOIN': case 'ARRAY_SORT': return i >= 1;
      default: return false;
    }
  };
  argNodes.forEach((a: A.Expression, i) => {
    if (a.kind === 'NullLiteral' && !nullOk(i)) throw new FlinkError(CALCITE, `${site.pos(a.range)}Illegal use of 'NULL'`, a.range);
  });
  const invalid = (): never => {
    throw new FlinkError(VALIDATION, INVALID_ARGS, range);
  };
  const anyNullable = cs.some((c) => c.type.nullable);
  const arrayArg = (c: Compiled) => { if (c.type.name !== 'ARRAY') invalid(); return c.type; };
  const mapArg = (c: Compiled) => { if (c.type.name !== 'MAP') invalid(); return c.type; };
  const fns = cs.map((c) => c.fn);
  const f0 = fns[0]!, f1 = fns[1], f2 = fns[2];
  const done = (type: SqlType, fn: Fn): CompiledCall => ({ impl: { type, fn } as Impl, cs });

  switch (name) {
    case 'ARRAY_APPEND': case 'ARRAY_PREPEND': {
      const at = arrayArg(cs[0]!); const el = at.element!; const x = cs[1]!;
      if (!implicitCastable(x.type, el)) invalid();
      const rel = withNullable(el, el.nullable || x.type.nullable);
      const conv = x.type.name === 'NULL' || sameType(x.type, el) ? null : castFn(x.type, withNullable(el, true), 'null');
      const g = f1!; const append = name === 'ARRAY_APPEND';
      return done(t('ARRAY', anyNullable, { element: rel }), (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        let v = g(r); if (conv && v !== null) v = conv(v);
        return append ? [...a, v] : [v, ...a];
      });
    }
    case 'ARRAY_CONCAT': case 'ARRAY_UNION': case 'ARRAY_EXCEPT': case 'ARRAY_INTERSECT': {
      cs.forEach((c) => arrayArg(c));
      const ty = leastRestrictive(cs.map((c) => c.type));
      if (!ty) throw new FlinkError(VALIDATION, `Could not find a common type for arguments: [${cs.map((c) => typeToString(c.type)).join(', ')}]`, range);
      // the common element type only widens (numbers keep their value, DECIMAL renders at its scale)
      const el = ty.element!;
      if (name === 'ARRAY_CONCAT') {
        if (cs.length === 1) return done(cs[0]!.type, f0);
        return done(ty, (r) => {
          const out: unknown[] = []; const ins: unknown[][] = [];
          for (const g of fns) { const a = g(r) as unknown[] | null; if (a === null) return null; ins.push(a); out.push(...a); }
          return passMark(out, ...ins);
        });
      }
      const g1 = f1!;
      if (name === 'ARRAY_UNION') {
        // ArrayUnionFunction: both arrays' elements in order, each kept unless `=` to one kept
        return done(ty, (r) => {
          const a = f0(r) as unknown[] | null, b = g1(r) as unknown[] | null;
          if (a === null || b === null) return null;
          const out: unknown[] = []; let hasNull = false;
          for (const v of [...a, ...b]) {
            if (isNull(v)) { if (!hasNull) { hasNull = true; out.push(null); } continue; }
            if (!out.some((w) => !isNull(w) && sqlEquals(v, w, el))) out.push(v);
          }
          return passMark(out, a, b);
        });
      }
      if (name === 'ARRAY_EXCEPT') {
        // ArrayExceptFunction: a HashSet of the second array; the first's elements not in it, once each
        return done(ty, (r) => {
          const a = f0(r) as unknown[] | null, b = g1(r) as unknown[] | null;
          if (a === null || b === null) return null;
          const seen: unknown[] = []; let nullSeen = false;
          const has = (v: unknown) => (isNull(v) ? nullSeen : seen.some((w) => sqlEquals(v, w, el, true)));
          const add = (v: unknown) => { if (isNull(v)) nullSeen = true; else seen.push(v); };
          for (const v of b) if (!has(v)) add(v);
          const out: unknown[] = [];
          for (const v of a) if (!has(v)) { out.push(isNull(v) ? null : v); add(v); }
          return passMark(out, a);
        });
      }
      // ARRAY_INTERSECT: the first's elements found in the second, once each (a LinkedHashSet)
      return done(ty, (r) => {
        const a = f0(r) as unknown[] | null, b = g1(r) as unknown[] | null;
        if (a === null || b === null) return null;
        const bNull = b.some(isNull);
        const out: unknown[] = []; let outNull = false;
        for (const v of a) {
          if (isNull(v)) { if (bNull && !outNull) { outNull = true; out.push(null); } continue; }
          if (!b.some((w) => !isNull(w) && sqlEquals(v, w, el, true))) continue;
          if (out.some((w) => !isNull(w) && sqlEquals(v, w, el, true))) continue;
          out.push(v);
        }
        return passMark(out, a);
      });
    }
    case 'ARRAY_DISTINCT': {
      const at = arrayArg(cs[0]!); const el = at.element!;
      return done(at, (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        const out: unknown[] = []; let hasNull = false;
        for (const v of a) {
          if (isNull(v)) { if (!hasNull) { hasNull = true; out.push(null); } continue; }
          if (!out.some((w) => !isNull(w) && sqlEquals(v, w, el))) out.push(v);
        }
        return passMark(out, a);
      });
    }
    case 'ARRAY_REVERSE': {
      const at = arrayArg(cs[0]!);
      return done(at, (r) => { const a = f0(r) as unknown[] | null; return a === null ? null : passMark([...a].reverse(), a); });
    }
    case 'ARRAY_JOIN': {
      const at = arrayArg(cs[0]!);
      if (!isString(at.element!) || !cs.slice(1).every((c) => isString(c.type) || c.type.name === 'NULL')) invalid();
      return done(STRING(anyNullable), (r) => {
        const a = f0(r) as (string | null)[] | null; if (a === null) return null;
        const d = f1!(r) as string | null; if (d === null) return null;
        let rep: string | null = null;
        if (f2) { rep = f2(r) as string | null; if (rep === null) return null; }
        const parts: string[] = [];
        for (const v of a) { if (!isNull(v)) parts.push(v as string); else if (rep !== null) parts.push(rep); }
        return parts.join(d);
      });
    }
    case 'ARRAY_MAX': case 'ARRAY_MIN': {
      if (cs[0]!.type.name !== 'ARRAY') throw new FlinkError(VALIDATION, 'The argument requires to be an ARRAY type', range);
      const el = cs[0]!.type.element!;
      if (!orderable(el)) throw new FlinkError(VALIDATION, `Type '${typeToString(el)}' should support both 'EQUALS' and 'ORDER' comparison with itself.`, range);
      const gtBytes = greaterFn(el); const max = name === 'ARRAY_MAX'; const strings = isString(el);
      return done(withNullable(el, true), (r) => {
        const a = f0(r) as unknown[] | null; if (a === null || a.length === 0) return null;
        const gt: (x: any, y: any) => boolean = strings && JAVA_STRINGS.has(a) ? greaterUtf16 : gtBytes;
        let best: unknown = null;
        for (const v of a) {
          if (isNull(v)) continue;
          // ArrayMaxFunction: element > max; ArrayMinFunction: element < min (NaN is neither)
          if (best === null || (max ? gt(v, best) : gt(best, v))) best = v;
        }
        return best;
      });
    }
    case 'ARRAY_CONTAINS': {
      // ArrayContainsFunction: a NULL needle finds a NULL element; NULL only for a NULL array
      const at = arrayArg(cs[0]!); const el = at.element!; const x = cs[1]!;
      if (!implicitCastable(x.type, el)) invalid();
      const g = f1!;
      return done(BOOLEAN(at.nullable), (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        const v = g(r);
        for (const w of a) {
          if (isNull(w)) { if (v === null) return true; continue; }
          if (v !== null && sqlEquals(w, v, el)) return true;
        }
        return false;
      });
    }
    case 'ARRAY_POSITION': case 'ARRAY_REMOVE': {
      const at = arrayArg(cs[0]!); const el = at.element!; const x = cs[1]!;
      if (!implicitCastable(x.type, el)) invalid();
      const g = f1!;
      if (name === 'ARRAY_POSITION') {
        return done(INT(anyNullable), (r) => {
          const a = f0(r) as unknown[] | null; if (a === null) return null;
          const v = g(r); if (v === null) return null;
          for (let i = 0; i < a.length; i++) if (!isNull(a[i]) && sqlEquals(a[i], v, el)) return i + 1;
          return 0;
        });
      }
      return done(at, (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        const v = g(r);
        return passMark(a.filter((w) => (isNull(w) ? v !== null : v === null || !sqlEquals(w, v, el))), a);
      });
    }
    case 'ARRAY_SLICE': {
      const at = arrayArg(cs[0]!);
      if (!cs.slice(1).every((c) => implicitCastable(c.type, INT()))) invalid();
      return done(withNullable(at, anyNullable), (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        const s = f1!(r) as number | null; if (s === null) return null;
        let e = a.length;
        if (f2) { const x = f2(r) as number | null; if (x === null) return null; e = x; }
        if (a.length === 0) return a;
        let start = s + (s < 0 ? a.length + 1 : 0), end = e + (e < 0 ? a.length + 1 : 0);
        start = Math.max(1, start);
        end = end === 0 ? 1 : Math.min(end, a.length);
        if (end < start) return [];
        return passMark(a.slice(start - 1, end), a);
      });
    }
    case 'ARRAY_SORT': {
      const at = arrayArg(cs[0]!); const el = at.element!;
      if (!orderable(el) || !cs.slice(1).every((c) => c.type.name === 'BOOLEAN' || c.type.name === 'NULL')) invalid();
      const gtBytes = greaterFn(el); const strings = isString(el);
      return done(withNullable(at, anyNullable), (r) => {
        const a = f0(r) as unknown[] | null; if (a === null) return null;
        let asc = true, nullsFirst = true;
        if (f1) { const x = f1(r) as boolean | null; if (x === null) return null; asc = nullsFirst = x; }
        if (f2) { const x = f2(r) as boolean | null; if (x === null) return null; nullsFirst = x; }
        if (a.length === 0) return a;
        const gt = strings && JAVA_STRINGS.has(a) ? greaterUtf16 : gtBytes;
        const cmp = (x: unknown, y: unknown) => (gt(x as never, y as never) ? (asc ? 1 : -1) : asc ? -1 : 1);
        return passMark(javaSort(a.map((v) => (isNull(v) ? null : v)), (x, y) => {
          if (x === null) return y === null ? 0 : nullsFirst ? -1 : 1;
          if (y === null) return nullsFirst ? 1 : -1;
          return cmp(x, y);
        }), a);
      });
    }
    case 'MAP_KEYS': case 'MAP_VALUES': case 'MAP_ENTRIES': {
      const mt = mapArg(cs[0]!);
      // a MAP_FROM_ARRAYS map with a repeated key gives every entry (Flink 2.3.0: [a, b, a])
      if (name === 'MAP_KEYS') return done(t('ARRAY', mt.nullable, { element: mt.key! }), (r) => { const m = f0(r) as Map<unknown, unknown> | null; return m === null ? null : passMark(mapEntries(m).map((e) => e[0]), m); });
      if (name === 'MAP_VALUES') return done(t('ARRAY', mt.nullable, { element: mt.value! }), (r) => { const m = f0(r) as Map<unknown, unknown> | null; return m === null ? null : passMark(mapEntries(m).map((e) => e[1]), m); });
      const row = t('ROW', true, { fields: [{ name: 'key', type: mt.key! }, { name: 'value', type: mt.value! }] });
      return done(t('ARRAY', mt.nullable, { element: row }), (r) => { const m = f0(r) as Map<unknown, unknown> | null; return m === null ? null : mapEntries(m).map(([k, v]) => [k, v]); });
    }
    case 'MAP_FROM_ARRAYS': {
      const kt = arrayArg(cs[0]!), vt = arrayArg(cs[1]!);
      return done(t('MAP', anyNullable, { key: kt.element!, value: vt.element! }), (r) => {
        const ks = f0(r) as unknown[] | null, vs = f1!(r) as unknown[] | null;
        if (ks === null || vs === null) return null;
        if (ks.length !== vs.length) {
          throw new FlinkError(FLINK_RUNTIME, `Invalid function MAP_FROM_ARRAYS call:\nThe length of the keys array ${ks.length} is not equal to the length of the values array ${vs.length}`);
        }
        // a repeated key: Flink keeps every entry (MapDataForMapFromArrays holds the two arrays);
        // as a Map the last value at the first place (what the sink's java.util.Map prints)
        const m = new MapFromArrays();
        for (let i = 0; i < ks.length; i++) m.set(ks[i], vs[i]);
        if (m.size < ks.length) m.pairs = ks.map((k, i) => [k, vs[i]]);
        return passMark(m, ks, vs);
      });
    }
    case 'MAP_UNION': {
      cs.forEach((c) => mapArg(c));
      const ty = leastRestrictive(cs.map((c) => c.type));
      if (!ty) throw new FlinkError(VALIDATION, `Could not find a common type for arguments: [${cs.map((c) => typeToString(c.type)).join(', ')}]`, range);
      if (cs.length === 1) return done(cs[0]!.type, f0);
      const kt = ty.key!; const structured = isStructured(kt);
      return done(ty, (r) => {
        let acc = f0(r) as Map<unknown, unknown> | null; if (acc === null) return null;
        for (let i = 1; i < fns.length; i++) {
          const m = fns[i]!(r) as Map<unknown, unknown> | null; if (m === null) return null;
          if (m.size === 0) continue;
          // MapDataForMapUnion: the later map's entries, then the earlier's whose key it lacks
          const out = new Map<unknown, unknown>(m);
          const later = [...m.keys()];
          // (a MAP_FROM_ARRAYS map's repeated key: its first value, Flink 2.3.0: {z=9, a=1, b=2})
          for (const [k, v] of mapEntries(acc)) {
            const dup = k === null ? m.has(null) : structured ? later.some((k2) => k2 !== null && sqlEquals(k, k2, kt)) : m.has(k);
            if (!dup && !(acc instanceof MapFromArrays && acc.pairs && out.has(k))) out.set(k, v);
          }
          acc = passMark(out, acc, m);
        }
        return acc;
      });
    }
  }
  return undefined;
}

/**
 * A map MAP_FROM_ARRAYS made (Flink's MapDataForMapFromArrays): `pairs` holds every entry when a
 * key repeats (CARDINALITY, MAP_KEYS, MAP_VALUES, MAP_ENTRIES see them all), and `map[key]` fails
 * the job, as Flink 2.3.0's generated code casts the map to GenericMapData (probed).
 */
export class MapFromArrays extends Map<unknown, unknown> {
  pairs?: [unknown, unknown][];
}
/**
 * A map the MAP[...] value constructor made whose keys, not all literals, repeat: Flink 2.3.0
 * builds its BinaryMapData of every entry (literal keys are deduplicated when the code is
 * generated, the last value kept), so CARDINALITY, MAP_KEYS, ... see them all and map[key] finds
 * the first; printed (as a java.util.Map) the last value (case map-constructor-duplicate-keys).
 */
export class ConstructedMap extends MapFromArrays {}
/** A map's entries, a repeated MAP_FROM_ARRAYS or MAP[...] key each time. */
export function mapEntries(m: Map<unknown, unknown>): [unknown, unknown][] {
  return m instanceof MapFromArrays && m.pairs ? m.pairs : [...m];
}

function sameType(a: SqlType, b: SqlType): boolean {
  return typeToString(withNullable(a, true)) === typeToString(withNullable(b, true));
}
