// Kept in step with package.json by test/unit/version.test.ts.
export const VERSION = '0.1.0';
/** The Flink release whose behaviour the engine and parser reproduce. */
export const FLINK_VERSION = '2.3.0';
