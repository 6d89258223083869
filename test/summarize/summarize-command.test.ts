import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSummarize, summarizeCommand } from '../../src/cli/commands/summarize';
import { FLOODS, RATE_CUT } from './fixtures';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brief-summarize-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The contract's input shape: {id, articles:[{id,title,text,published,source,url}]}. */
function eventLine(id: string, articles: typeof FLOODS, summary?: string): string {
  return JSON.stringify({
    id,
    ...(summary === undefined ? {} : { summary }),
    articles: articles.map((doc) => ({
      id: doc.id,
      title: doc.title,
      text: doc.text,
      published: doc.publishedAt?.toISOString() ?? '',
      source: doc.outlet,
      url: doc.url,
    })),
  });
}

describe('brief summarize', () => {
  it('writes one line per event with headline, attributed points and the plain summary', async () => {
    const input = join(dir, 'events.jsonl');
    const output = join(dir, 'summaries.jsonl');
    const bare = JSON.stringify({ id: 7, articles: [{ id: 'x1', text: 'A short note without sources.' }] });
    await writeFile(input, `${eventLine('floods', FLOODS)}\n\n${eventLine('rates', RATE_CUT)}\n${bare}\n`);
    const result = await runSummarize({ inPath: input, outPath: output, maxWords: 50 });
    expect(result).toEqual({ events: 3, rouge: null });
    const lines = (await readFile(output, 'utf8')).trim().split('\n');
    const parsed = lines.map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          headline: string;
          points: { text: string; sources: string[] }[];
          summary: string;
        },
    );
    expect(parsed.map((event) => event.id)).toEqual(['floods', 'rates', '7']);
    const floods = parsed[0];
    expect(floods?.headline).toBe('Flash floods kill 42 in northern Marovia');
    expect(Object.keys(floods ?? {})).toEqual(['id', 'headline', 'points', 'summary']);
    for (const point of floods?.points ?? []) expect(point.sources.length).toBeGreaterThan(0);
    expect(floods?.summary.split(/\s+/).length).toBeLessThanOrEqual(50);
    expect(floods?.summary.startsWith(floods.points[0]?.text ?? '?')).toBe(true);
  });

  it('scores ROUGE against the "summary" field with --gold', async () => {
    const input = join(dir, 'events.jsonl');
    const reference =
      "Flash floods killed at least 42 people in northern Marovia after three days of torrential rain, the country's disaster agency said.";
    await writeFile(input, `${eventLine('floods', FLOODS, reference)}\n`);
    const result = await runSummarize({
      inPath: input,
      outPath: join(dir, 'out.jsonl'),
      maxWords: 25,
      gold: true,
    });
    expect(result.rouge?.rouge1).toBeGreaterThan(80);
    expect(result.rouge?.rouge2).toBeGreaterThan(70);
  });

  it.each([
    ['not json', /line 2: not valid JSON/],
    ['{"articles":[]}', /line 2: needs a non-empty "id"/],
    ['{"id":"e","articles":{}}', /line 2: "articles" must be an array/],
    ['{"id":"e","articles":[{"id":"a","text":42}]}', /line 2: "articles\[0\]\.text" must be a string/],
  ])('rejects malformed input (%s) naming the line, leaving no output', async (bad, message) => {
    const input = join(dir, 'events.jsonl');
    const output = join(dir, 'out.jsonl');
    await writeFile(input, `${eventLine('ok', RATE_CUT)}\n${bad}\n`);
    await expect(runSummarize({ inPath: input, outPath: output })).rejects.toThrow(message);
    await expect(readFile(output, 'utf8')).rejects.toThrow(/ENOENT/);
    await expect(readFile(`${output}.partial`, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('asks for a reference when --gold is given without one', async () => {
    const input = join(dir, 'events.jsonl');
    await writeFile(input, `${eventLine('floods', FLOODS)}\n`);
    await expect(runSummarize({ inPath: input, outPath: join(dir, 'o.jsonl'), gold: true })).rejects.toThrow(
      /line 1: --gold needs a "summary"/,
    );
  });

  it('declares the contract options', () => {
    const command = summarizeCommand();
    expect(command.name()).toBe('summarize');
    const flags = command.options.map((option) => option.long);
    expect(flags).toEqual(expect.arrayContaining(['--in', '--out', '--max-words', '--gold']));
  });
});
