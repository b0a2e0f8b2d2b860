// The options of `flinksql run`, shared by the embedded run (cli/run.ts) and the cluster run
// (cli/gateway-run.ts): one parser, one set of messages, and the FILE read with a clear error.
import { readFileSync } from 'node:fs';

export interface RunArgs {
  file: string;
  text: string;
  gateway?: string;
  mode?: 'streaming' | 'batch';
  format: 'changelog' | 'tableau' | 'json';
  arrival: 'sequential' | 'interleaved';
  maxRows?: number;
}

/** Parses the arguments and reads FILE; prints the problem with `usage` and returns the exit code 2 otherwise. */
export function parseRunArgs(args: string[], usage: string): RunArgs | number {
  let file: string | undefined;
  const r: Omit<RunArgs, 'file' | 'text'> = { format: 'changelog', arrival: 'sequential' };
  let arrivalGiven = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a.startsWith('--gateway')) { r.gateway = val(); if (!/^https?:\/\/[^/]/.test(r.gateway)) throw new Error('--gateway must be an http(s) URL, e.g. http://127.0.0.1:8083'); }
      else if (a.startsWith('--mode')) { const v = val(); if (v !== 'streaming' && v !== 'batch') throw new Error('--mode must be streaming or batch'); r.mode = v; }
      else if (a.startsWith('--format')) { const v = val(); if (v !== 'changelog' && v !== 'tableau' && v !== 'json') throw new Error('--format must be changelog, tableau or json'); r.format = v; }
      else if (a.startsWith('--arrival')) { const v = val(); if (v !== 'sequential' && v !== 'interleaved') throw new Error('--arrival must be sequential or interleaved'); r.arrival = v; arrivalGiven = true; }
      else if (a.startsWith('--max-rows')) { const n = Number(val()); if (!Number.isInteger(n) || n < 0) throw new Error('--max-rows must be a number'); r.maxRows = n; }
      else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
      else if (!file) file = a;
      else throw new Error('run takes one FILE');
      if (r.gateway && arrivalGiven) throw new Error('--arrival applies to the embedded engine; the cluster reads its sources itself');
    } catch (e) {
      console.error(`flinksql run: ${(e as Error).message}\n${usage}`);
      return 2;
    }
  }
  if (!file) { console.error(usage); return 2; }
  try {
    return { ...r, file, text: readFileSync(file, 'utf8') };
  } catch (e) {
    console.error(`flinksql run: cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
}
