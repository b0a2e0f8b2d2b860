// flinksql explain FILE: the operator tree `run` executes, each node with its changelog mode.
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
  if (files.length !== 1) { console.error('usage: flinksql explain FILE [--mode streaming|batch]'); return 2; }
  let text: string;
  try { text = readFileSync(files[0]!, 'utf8'); } catch (e) {
    console.error(`flinksql explain: cannot read ${files[0]}: ${(e as Error).message}`);
    return 2;
  }
  const res = explainText(text, { mode });
  if (res.errors.length) {
    const e = res.errors[0]!;
    await writeOut(`ERROR ${e.className}: ${e.message}\n`);
    return 1;
  }
  await writeOut(res.text + '\n');
  return 0;
}
