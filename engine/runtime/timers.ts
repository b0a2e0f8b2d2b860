// Flink's event-time timer queue, so timers of one timestamp fire in Flink's order.
//
// An operator's timers live in one HeapPriorityQueueSet (flink-runtime, state.heap; the heap
// state backend's timer queue in Flink 2.x): a binary heap in an array from index 1, ordered by
// timestamp alone (TimerHeapInternalTimer.comparePriorityTo), with set semantics per
// (key, namespace, timestamp). Timers of equal timestamps are not kept in insertion order: a
// poll moves the last element to the root and sifts it down with strict comparisons, so three
// timers a, b, c of one timestamp fire a, c, b. The engine replays the same sequence of adds,
// removes and polls as Flink's operator, so the order in which keys fire (and so the changelog
// order when several keys fire on one watermark) is Flink's.

export interface Timer<P> {
  /** the timer's identity: key and namespace (the timestamp is added) */
  id: string;
  ts: number;
  payload: P;
  /** position in the heap array (HeapPriorityQueueElement.getInternalIndex) */
  idx: number;
}

export class TimerQueue<P> {
  private heap: (Timer<P> | undefined)[] = [undefined];
  private size = 0;
  private byId = new Map<string, Timer<P>>();

  get length(): number { return this.size; }

  /** HeapPriorityQueueSet.add: a timer already present (same id and timestamp) is not added again. */
  add(id: string, ts: number, payload: P): void {
    const key = id + '@' + ts;
    if (this.byId.has(key)) return;
    const t: Timer<P> = { id, ts, payload, idx: 0 };
    this.byId.set(key, t);
    const at = ++this.size;
    this.move(t, at);
    this.siftUp(at);
  }

  /** HeapPriorityQueueSet.remove (deleteEventTimeTimer) */
  remove(id: string, ts: number): void {
    const key = id + '@' + ts;
    const t = this.byId.get(key);
    if (!t) return;
    this.byId.delete(key);
    this.removeAt(t.idx);
  }

  peek(): Timer<P> | undefined {
    return this.size > 0 ? this.heap[1] : undefined;
  }

  poll(): Timer<P> | undefined {
    if (this.size === 0) return undefined;
    const t = this.removeAt(1);
    this.byId.delete(t.id + '@' + t.ts);
    return t;
  }

  /** a timer is at or before `wm` (a watermark that fires nothing costs no callback) */
  due(wm: number): boolean {
    return this.size > 0 && this.heap[1]!.ts <= wm;
  }

  /** InternalTimerServiceImpl.advanceWatermark: fires every timer at or before `wm`, in heap order. */
  advance(wm: number, fire: (t: Timer<P>) => void): void {
    for (let t = this.peek(); t !== undefined && t.ts <= wm; t = this.peek()) {
      this.poll();
      fire(t);
    }
  }

  private removeAt(i: number): Timer<P> {
    const heap = this.heap;
    const removed = heap[i]!;
    const last = this.size;
    if (i !== last) {
      const e = heap[last]!;
      this.move(e, i);
      // adjustElementAtIndex: siftDown (the size still counts the old last slot), then siftUp
      this.siftDown(i);
      if (heap[i] === e) this.siftUp(i);
    }
    heap[last] = undefined;
    this.size--;
    return removed;
  }

  private move(t: Timer<P>, i: number): void {
    this.heap[i] = t;
    t.idx = i;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    const cur = heap[i]!;
    let parent = i >>> 1;
    while (parent > 0 && cur.ts < heap[parent]!.ts) {
      this.move(heap[parent]!, i);
      i = parent;
      parent >>>= 1;
    }
    this.move(cur, i);
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = this.size;
    const cur = heap[i]!;
    let child = i << 1;
    if (child + 1 <= n && heap[child + 1]!.ts < heap[child]!.ts) child++;
    while (child <= n && heap[child]!.ts < cur.ts) {
      this.move(heap[child]!, i);
      i = child;
      child = i << 1;
      if (child + 1 <= n && heap[child + 1]!.ts < heap[child]!.ts) child++;
    }
    this.move(cur, i);
  }
}

/**
 * RecordsWindowBuffer with a combiner that registers one timer per (key, window): the window
 * operators' records wait in the buffer until the watermark reaches the earliest window end in
 * it; the flush registers the timers in the order each (key, window) first entered the buffer
 * (AggCombiner, TopNRecordsCombiner, RowTimeDeduplicateRecordsCombiner), then due timers fire
 * in heap order (WindowAggOperator.processWatermark: advanceProgress, then the timer service).
 */
export class WindowBuffer<P> {
  private entries = new Map<string, { end: number; payload: P }>();
  private minEnd = Infinity;
  private timers = new TimerQueue<P>();
  /** the slicing aggregate asks the buffer to flush only once the watermark reaches the next
   *  slice boundary (AbstractSliceSyncStateWindowAggProcessor.nextTriggerProgress) */
  private nextTrigger = -Infinity;
  private triggerAfter: ((wm: number) => number) | null;
  /** how many times the buffer flushed (callers mark what they added since) */
  flushes = 0;
  constructor(triggerAfter: ((wm: number) => number) | null = null) {
    this.triggerAfter = triggerAfter;
  }

  /** a timer registered at once, not by the flush (a row of a fired slice whose later windows are open) */
  addTimer(id: string, ts: number, payload: P): void {
    this.timers.add(id, ts, payload);
  }

  /** `id` waits in the buffer (adding it again changes nothing) */
  has(id: string): boolean { return this.entries.has(id); }

  /** addElement: `id` names the key and window, `end` is the window's end */
  add(id: string, end: number, payload: P): void {
    if (!this.entries.has(id)) this.entries.set(id, { end, payload });
    if (end < this.minEnd) this.minEnd = end;
  }

  /** a new watermark `wm` after `before`: fires each due (key, window) once, in Flink's order */
  advance(before: number, wm: number, fire: (p: P) => void): void {
    if (this.triggerAfter) {
      if (wm < this.nextTrigger) { if (this.timers.due(wm)) this.timers.advance(wm, (t) => fire(t.payload)); return; }
      this.nextTrigger = this.triggerAfter(wm);
    }
    if (this.minEnd - 1 <= wm) {
      // the timer service still has the previous watermark while the buffer flushes
      for (const [id, e] of this.entries) if (e.end - 1 > before) this.timers.add(id, e.end - 1, e.payload);
      this.entries.clear();
      this.minEnd = Infinity;
      this.flushes++;
    }
    if (this.timers.due(wm)) this.timers.advance(wm, (t) => fire(t.payload));
  }
}
