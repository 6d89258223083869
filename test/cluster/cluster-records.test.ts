import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCluster } from '../../src/cli/commands/cluster';
import { type ArticleRecord, clusterRecords, parseRecordLines, streamOrder } from '../../src/cluster';
import { EVENTS } from './fixtures';

function record(id: string, published: string, title = '', text = ''): ArticleRecord {
  return { id, title, text, published, source: '', url: '' };
}

describe('streamOrder', () => {
  it('sorts by published time, stable for ties', () => {
    const records = [
      record('c', '2025-01-03T00:00:00Z'),
      record('a', '2025-01-01T00:00:00Z'),
      record('b', '2025-01-01T00:00:00Z'),
    ];
    expect(streamOrder(records).map((index) => records[index]!.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps untimed lines in file order, right after the timed line before them', () => {
    const records = [
      record('u0', ''),
      record('t2', '2025-01-02T00:00:00Z'),
      record('u1', ''),
      record('t1', '2025-01-01T00:00:00Z'),
      record('u2', 'not a date'),
    ];
    expect(streamOrder(records).map((index) => records[index]!.id)).toEqual(['u0', 't1', 'u2', 't2', 'u1']);
  });

  it('keeps file order when no line has a time', () => {
    const records = ['x', 'y', 'z'].map((id) => record(id, ''));
    expect(streamOrder(records)).toEqual([0, 1, 2]);
  });
});

describe('parseRecordLines', () => {
  it('reads missing fields as empty, skips blank lines and collects gold labels', () => {
    const text = '{"id":"a","title":"T","cluster":"7"}\n\n{"id":2,"published":null}\r\n';
    const { records, gold } = parseRecordLines(text);
    expect(records).toEqual([
      { id: 'a', title: 'T', text: '', published: '', source: '', url: '' },
      { id: '2', title: '', text: '', published: '', source: '', url: '' },
    ]);
    expect(gold).toEqual(new Map([['a', '7']]));
  });

  it('names the line of malformed JSON or a missing id', () => {
    expect(() => parseRecordLines('{"id":"a"}\n{"id": "b",\n')).toThrow(/line 2: not valid JSON/);
    expect(() => parseRecordLines('{"id":"a"}\n[1,2]\n')).toThrow(/line 2: expected a JSON object/);
    expect(() => parseRecordLines('{"title":"no id"}')).toThrow(/line 1: missing "id"/);
  });
});

describe('clusterRecords and brief cluster', () => {
  const lines = EVENTS.map((article, index) => ({
    id: `r${index}`,
    title: article.title,
    text: article.text,
    published: new Date(Date.UTC(2025, 4, 1, 8, index * 10)).toISOString(),
    source: article.outlet,
    url: '',
    cluster: article.event,
  }));

  it('assigns every record, in input order, with merges resolved', () => {
    const assigned = clusterRecords(lines);
    expect(assigned).toHaveLength(lines.length);
    const byEvent = new Map<string, Set<string>>();
    lines.forEach((line, index) => {
      byEvent.set(line.cluster, (byEvent.get(line.cluster) ?? new Set()).add(assigned[index]!));
    });
    expect([...byEvent.values()].map((set) => set.size)).toEqual([1, 1, 1, 1]);
  });

  it('writes {id,cluster} for every input line and scores against gold', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brief-cluster-'));
    try {
      const inPath = join(dir, 'in.jsonl');
      const outPath = join(dir, 'out.jsonl');
      await writeFile(inPath, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
      const result = await runCluster({ inPath, outPath, gold: true });
      const output = (await readFile(outPath, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; cluster: string });
      expect(output.map((row) => row.id)).toEqual(lines.map((line) => line.id));
      expect(result).toMatchObject({ articles: 12, stories: 4 });
      expect(result.scores?.bcubed.f1).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('applies no window unless --window-hours is given (story-level labels span years)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brief-cluster-'));
    try {
      const inPath = join(dir, 'in.jsonl');
      const outPath = join(dir, 'out.jsonl');
      const strike = (id: string, published: string, title: string) =>
        JSON.stringify({
          id,
          title,
          text: 'A national rail strike by SNCF workers halted most trains across France over pension reform.',
          published,
          cluster: 'strike',
        });
      await writeFile(
        inPath,
        `${strike('a', '2024-03-01T08:00:00Z', 'Rail strike halts trains across France')}\n${strike('b', '2025-03-01T08:00:00Z', 'French rail strike halts trains again')}\n`,
      );
      expect(await runCluster({ inPath, outPath, gold: true })).toMatchObject({ stories: 1 });
      expect(await runCluster({ inPath, outPath, gold: true, windowHours: 72 })).toMatchObject({
        stories: 2,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves no output file behind when a line is malformed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'brief-cluster-'));
    try {
      const inPath = join(dir, 'in.jsonl');
      const outPath = join(dir, 'out.jsonl');
      await writeFile(inPath, '{"id":"a","title":"x"}\n{oops}\n');
      await expect(runCluster({ inPath, outPath })).rejects.toThrow(/line 2/);
      await expect(readFile(outPath)).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
