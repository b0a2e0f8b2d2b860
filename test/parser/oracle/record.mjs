// Records Flink 2.3.0's own verdict on the project's parser corpus (test/parser/corpus/*.sql)
// into test/parser/corpus/flink-verdicts.tsv, which test/parser/corpus.test.ts compares against.
// Needs Java 17+ and Flink's parser jars in ~/.m2 (test/flink's Maven build fetches them).
// Usage: node test/parser/oracle/record.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, '..', 'corpus');
const cp = execFileSync(process.execPath, [path.join(here, 'classpath.mjs')], { encoding: 'utf8' }).trim();
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.sql')).sort();
const out = execFileSync('java', ['-cp', cp, path.join(here, 'FlinkParse.java'), ...files.map((f) => path.join(corpus, f))], { encoding: 'utf8', maxBuffer: 1 << 26 });
const lines = ['file\tverdict\tpos\tmessage'];
for (const line of out.trim().split('\n')) {
  const [file, verdict, pos = '-', message = '-'] = line.split('\t');
  lines.push([path.basename(file), verdict, pos, message].join('\t'));
}
fs.writeFileSync(path.join(corpus, 'flink-verdicts.tsv'), lines.join('\n') + '\n');
console.log(`recorded ${lines.length - 1} verdicts`);
