// Offsets <-> LSP positions over one text. Lines end at `\r\n`, `\n` or a lone `\r`, as in LSP;
// columns count UTF-16 code units, as JavaScript strings already do.
import type { Position } from './diagnostics.ts';

/** Offset at which each line starts; [0] is 0. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line holding an offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export class LineIndex {
  readonly text: string;
  /** Offset at which each line starts; lineStarts[0] is 0. */
  readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = computeLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset (clamped into the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(this.lineStarts, o);
    return { line, character: o - this.lineStarts[line]! };
  }

  /** The offset of a position; a line or character past the end is clamped, as LSP does. */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line]!;
    return start + Math.max(0, Math.min(pos.character, this.lineEnd(pos.line) - start));
  }

  /** The text of a line without its terminator ('' for a line past the end). */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** Offset just before the line's terminator. */
  private lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
