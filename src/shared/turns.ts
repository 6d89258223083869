/**
 * Cooperative slicing of long CPU work (feed parsing and cleaning) across the whole process.
 *
 * Each long task works for at most SLICE_MS, then calls `nextTurn()`. Waiting tasks are resumed
 * one per turn of the event loop, in the order they asked: timers, I/O and every other task get
 * the loop between two slices. Each task yielding with its own `setImmediate` was not enough:
 * Node runs every immediate queued before a turn in that turn, so 16 polls in flight each
 * working 5 ms held the loop for 80 ms and more (272–640 ms measured, part of it waiting for a core)
 * (docs/ingest.md "One feed must not hurt the others").
 */

/** Longest stretch of sliced work before a task yields. */
export const SLICE_MS = 5;

const waiting: (() => void)[] = [];
let scheduled = false;

function resumeNext(): void {
  scheduled = false;
  const resume = waiting.shift();
  if (waiting.length > 0) schedule();
  resume?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(resumeNext);
}

/** Resolves on a later turn of the event loop, after the tasks that were already waiting. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}

/**
 * A clock for one task's slices: `due()` says the slice is spent, `yield()` waits for the task's
 * next turn and starts a new slice.
 */
export class Slicer {
  private start = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /**
   * Waits for a turn before the first slice. Work that starts in an I/O callback runs in the
   * turn that delivered it, beside every other response that arrived at once: 16 feeds answering
   * together started 16 slices in one turn.
   */
  async begin(): Promise<void> {
    await this.yield();
  }

  due(): boolean {
    return performance.now() - this.start > this.sliceMs;
  }

  async yield(): Promise<void> {
    await nextTurn();
    this.start = performance.now();
  }

  /** Yields when the slice is spent. */
  async maybeYield(): Promise<void> {
    if (this.due()) await this.yield();
  }
}
