// The candidates of the "Did you mean" of an unknown function: the names Flink 2.3.0's SQL
// validator knows (flink-functions.ts, generated from Flink) but its internal ones, and the calls
// with a syntax of their own.
import { FLINK_FUNCTIONS } from './flink-functions.ts';

const INTERNAL = /^(AGG_|HIVE_)|_ON_NULL$|^(DISTINCT|ASSIGNMENT|JSON)$/;
const OWN_SYNTAX = ['CAST', 'TRY_CAST', 'EXTRACT', 'POSITION', 'OVERLAY', 'SUBSTRING', 'TRIM', 'TIMESTAMPADD', 'TIMESTAMPDIFF', 'JSON_OBJECTAGG', 'CURRENT_CATALOG'];

export const BUILTIN_FUNCTION_NAMES: readonly string[] = [...new Set([...[...FLINK_FUNCTIONS].filter((n) => !INTERNAL.test(n)), ...OWN_SYNTAX])];
