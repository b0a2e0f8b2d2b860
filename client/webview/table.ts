// A virtualized table: a fixed pool of row elements (as many as fit on screen, plus a margin)
// re-filled on scroll, over a spacer as tall as all rows. A million rows cost the same DOM as
// thirty. Past MAX_SCROLL_PX the scroll position maps proportionally onto row indices, since
// browsers cap an element's height. Cells get text only (textContent), never HTML.

const MAX_SCROLL_PX = 8_000_000;
const OVERSCAN = 6;

export interface TableColumn {
  title: string;
  /** Shown as the header's tooltip, e.g. the column's type. */
  detail?: string;
  /** CSS grid track, e.g. `70px` or `minmax(120px, 1fr)`. */
  width: string;
  className?: string;
}

export interface TableSource {
  count(): number;
  /** Fills `cells` (one per column) for row `index`; sets classes on `row` if it wants. */
  fill(index: number, cells: HTMLElement[], row: HTMLElement): void;
  /** A click on row `index`. */
  click?(index: number): void;
}

export class VirtualTable {
  readonly element: HTMLElement;
  private readonly header: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly body: HTMLElement;
  private readonly empty: HTMLElement;
  private columns: TableColumn[] = [];
  private pool: { row: HTMLElement; cells: HTMLElement[]; index: number }[] = [];
  private source: TableSource;
  readonly rowHeight: number;
  private frame = 0;

  constructor(source: TableSource, rowHeight = 22, emptyText = '') {
    this.source = source;
    this.rowHeight = rowHeight;
    this.element = div('vt');
    this.element.tabIndex = 0;
    this.header = div('vt-row vt-header');
    this.header.setAttribute('role', 'row');
    this.spacer = div('vt-spacer');
    this.body = div('vt-body');
    this.empty = div('vt-empty');
    this.empty.textContent = emptyText;
    this.element.setAttribute('role', 'table');
    this.element.append(this.header, this.spacer, this.body, this.empty);
    this.element.addEventListener('scroll', () => this.schedule());
    this.body.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest('.vt-row') as HTMLElement | null;
      const i = row ? Number(row.dataset['index']) : NaN;
      if (Number.isInteger(i) && i >= 0) this.source.click?.(i);
    });
    this.element.addEventListener('keydown', (e) => {
      const page = Math.max(1, Math.floor(this.element.clientHeight / this.rowHeight) - 1);
      if (e.key === 'Home') this.scrollToIndex(0);
      else if (e.key === 'End') this.scrollToIndex(this.source.count() - 1);
      else if (e.key === 'PageDown') this.element.scrollTop += page * this.rowHeight;
      else if (e.key === 'PageUp') this.element.scrollTop -= page * this.rowHeight;
      else return;
      e.preventDefault();
    });
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.schedule()).observe(this.element);
  }

  setSource(source: TableSource): void { this.source = source; this.refresh(); }

  setColumns(columns: TableColumn[]): void {
    this.columns = columns;
    this.element.style.setProperty('--vt-cols', columns.map((c) => c.width).join(' '));
    this.header.replaceChildren(...columns.map((c) => {
      const h = div('vt-cell' + (c.className ? ' ' + c.className : ''));
      h.setAttribute('role', 'columnheader');
      h.textContent = c.title;
      if (c.detail) {
        h.title = `${c.title} ${c.detail}`;
        const t = document.createElement('span');
        t.className = 'vt-type';
        t.textContent = c.detail;
        h.append(' ', t);
      }
      return h;
    }));
    for (const p of this.pool) p.row.remove();
    this.pool = [];
    this.refresh();
  }

  /** Re-renders on the next frame (coalesced). */
  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.refresh(); });
  }

  private geometry(): { total: number; first: number; offset: number } {
    const n = this.source.count();
    const h = this.rowHeight;
    const headerH = this.header.offsetHeight;
    const full = n * h;
    const scrollTop = this.element.scrollTop;
    if (full <= MAX_SCROLL_PX) return { total: full, first: Math.floor(scrollTop / h), offset: headerH + Math.floor(scrollTop / h) * h };
    const view = Math.max(h, this.element.clientHeight - headerH);
    const visible = Math.floor(view / h);
    const ratio = Math.min(1, scrollTop / Math.max(1, MAX_SCROLL_PX - view));
    const first = Math.round(ratio * Math.max(0, n - visible));
    return { total: MAX_SCROLL_PX, first, offset: headerH + scrollTop };
  }

  refresh(): void {
    const n = this.source.count();
    const g = this.geometry();
    this.spacer.style.height = `${g.total}px`;
    this.empty.hidden = n > 0 || !this.empty.textContent;
    const want = Math.ceil(Math.max(this.element.clientHeight, 200) / this.rowHeight) + OVERSCAN;
    while (this.pool.length < want) {
      const row = div('vt-row');
      row.setAttribute('role', 'row');
      const cells = this.columns.map((c) => {
        const cell = div('vt-cell' + (c.className ? ' ' + c.className : ''));
        cell.setAttribute('role', 'cell');
        row.append(cell);
        return cell;
      });
      this.body.append(row);
      this.pool.push({ row, cells, index: -1 });
    }
    while (this.pool.length > want) this.pool.pop()!.row.remove();
    const first = Math.max(0, Math.min(g.first, n - 1));
    this.body.style.transform = `translateY(${g.offset}px)`;
    // Scaled mode pins the rows to the viewport: clip them so they never extend the scroll area.
    this.body.style.height = g.total === n * this.rowHeight ? '' : `${Math.max(0, this.element.clientHeight - this.header.offsetHeight)}px`;
    for (let k = 0; k < this.pool.length; k++) {
      const p = this.pool[k]!;
      const i = first + k;
      if (i >= n) { p.row.hidden = true; p.index = -1; continue; }
      p.row.hidden = false;
      p.index = i;
      p.row.dataset['index'] = String(i);
      p.row.className = 'vt-row';
      this.source.fill(i, p.cells, p.row);
    }
  }

  scrollToIndex(i: number, align: 'start' | 'center' = 'start'): void {
    const n = this.source.count();
    if (n === 0) return;
    i = Math.max(0, Math.min(i, n - 1));
    const h = this.rowHeight;
    const view = this.element.clientHeight - this.header.offsetHeight;
    if (n * h <= MAX_SCROLL_PX) {
      const top = i * h - (align === 'center' ? Math.max(0, view / 2 - h / 2) : 0);
      this.element.scrollTop = Math.max(0, top);
    } else {
      const visible = Math.floor(view / h);
      this.element.scrollTop = (i / Math.max(1, n - visible)) * (MAX_SCROLL_PX - view);
    }
    this.refresh();
  }

  /** Back to the first row (a new run starts at the top). */
  resetScroll(): void { this.element.scrollTop = 0; this.element.scrollLeft = 0; }

  /** Makes row i visible without moving when it already is. */
  reveal(i: number): void {
    const n = this.source.count();
    if (n * this.rowHeight > MAX_SCROLL_PX) { this.scrollToIndex(i, 'center'); return; }
    const top = i * this.rowHeight, view = this.element.clientHeight - this.header.offsetHeight;
    if (top < this.element.scrollTop || top + this.rowHeight > this.element.scrollTop + view) this.scrollToIndex(i, 'center');
  }

  /** Rows currently in the DOM (for tests and for the panel's own bookkeeping). */
  get domRows(): number { return this.pool.length; }
}

export function div(className: string): HTMLElement {
  const d = document.createElement('div');
  d.className = className;
  return d;
}
