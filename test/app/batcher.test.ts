import { Batcher } from '../../src/app/batcher';

describe('Batcher', () => {
  it('runs the calls of one turn together, at most `max` keys at a time', async () => {
    const runs: string[][] = [];
    const batcher = new Batcher(async (keys: string[]) => {
      runs.push(keys);
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    }, 3);
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => batcher.load(key)));
    expect(results).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(runs).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('a key asked twice in one batch is given to its first caller only', async () => {
    const batcher = new Batcher(
      async (keys: string[]) => new Map(keys.map((key) => [key, `claimed ${key}`])),
    );
    const results = await Promise.all([batcher.load('x'), batcher.load('x'), batcher.load('y')]);
    expect(results).toEqual(['claimed x', undefined, 'claimed y']);
  });

  it('a failed batch fails each of its callers, and the next batch runs again', async () => {
    let fail = true;
    const batcher = new Batcher(async (keys: string[]) => {
      if (fail) throw new Error('store down');
      return new Map(keys.map((key) => [key, 1]));
    });
    await expect(Promise.all([batcher.load('a'), batcher.load('b')])).rejects.toThrow('store down');
    fail = false;
    await expect(batcher.load('a')).resolves.toBe(1);
  });
});
