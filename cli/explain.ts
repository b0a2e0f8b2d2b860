// flinksql explain FILE...: the operator tree `run` executes, each node with its changelog mode
// (and upsert keys), as Flink's plan shows it.
import { readFileSync } from 'node:fs';
import { explain as explainText } from '../engine/index.ts';
import { writeOut } from './stdout.ts';

export async function explain(args: string[]): Promise<number> {
  let mode: 'streaming' | 'batch' | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--mode') { const v = args[++i]; if (v !== 'streaming' && v !== 'batch') { console.error('flinksql explain: --mode must be streaming or batch'); return 2; } mode = v; }
    else if (a.startsWith('-')) { console.error(`flinksql explain: unknown option ${a}`); return 2; }
    else files.push(a);
  }
  if (files.length === 0) { console.error('usage: flinksql explain FILE... [--mode streaming|batch]'); return 2; }
  // several files: each plan (or its ERROR line) after a "== FILE" line; exit 1 when any failed
  let status = 0;
  let out = '';
  for (const file of files) {
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch (e) {
      console.error(`flinksql explain: cannot read ${file}: ${(e as Error).message}`);
      return 2;
    }
    if (files.length > 1) out += `== ${file}\n`;
    const res = explainText(text, { mode });
    if (res.errors.length) {
      const e = res.errors[0]!;
      out += `ERROR ${e.className}: ${e.message}\n`;
      status = 1;
    } else out += res.text + '\n';
  }
  await writeOut(out);
  return status;
}
