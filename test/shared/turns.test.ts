import { nextTurn } from '../../src/shared/turns';

/** Sliced work gets one turn of the event loop at a time (docs/ingest.md "One feed must not hurt the others"). */
describe('nextTurn', () => {
  it('resumes waiting tasks one per turn of the event loop, in the order they asked', async () => {
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const resumed: { task: number; turn: number }[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(async (task) => {
        await nextTurn();
        resumed.push({ task, turn });
      }),
    );
    ticking = false;
    expect(resumed.map((entry) => entry.task)).toEqual([1, 2, 3, 4]);
    const turns = resumed.map((entry) => entry.turn);
    expect(new Set(turns).size).toBe(4);
  });

  it('lets a task that yields again wait behind the others', async () => {
    const order: string[] = [];
    const worker = async (name: string) => {
      for (let slice = 0; slice < 2; slice += 1) {
        await nextTurn();
        order.push(`${name}${slice}`);
      }
    };
    await Promise.all([worker('a'), worker('b')]);
    expect(order).toEqual(['a0', 'b0', 'a1', 'b1']);
  });
});
