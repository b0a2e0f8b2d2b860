// Prints the class path of Flink 2.3.0's SQL parser (the jars of pom.xml beside this file) from
// the local Maven repository, fetching them first (mvn dependency:resolve on pom.xml, Maven's
// output on stderr) when one is missing, as on a fresh machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const pom = join(here, 'pom.xml');
const m2 = join(process.env.MAVEN_REPOSITORY ?? join(homedir(), '.m2', 'repository'));
const jars = [...readFileSync(pom, 'utf8').matchAll(/<groupId>([^<]+)<\/groupId><artifactId>([^<]+)<\/artifactId><version>([^<]+)<\/version>/g)]
  .filter(([, g]) => g !== '*')
  .map(([, g, a, v]) => join(m2, ...g.split('.'), a, v, `${a}-${v}.jar`));
if (jars.some((j) => !existsSync(j))) {
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'dependency:resolve'], { stdio: ['ignore', 2, 2] });
  const missing = jars.filter((j) => !existsSync(j));
  if (r.status !== 0 || missing.length) {
    console.error(`classpath.mjs: mvn dependency:resolve on ${pom} exited ${r.status ?? r.error}; missing: ${missing.join(', ')}`);
    process.exit(1);
  }
}
console.log(jars.join(':'));
