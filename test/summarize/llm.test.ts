import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { summarizeStory, summarizeStoryWithLlm } from '../../src/summarize/index';
import { FLOODS } from './fixtures';

/** A local stand-in for an OpenAI-compatible endpoint; each test sets how it answers. */
type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

const FAITHFUL = [
  'More than 12,000 people were forced from their homes in Kaldera province.',
  'President Ivo Marek declared a state of emergency in the province and ordered the army to help.',
];
const UNFAITHFUL = [
  // changed figure
  'Flash floods killed at least 420 people in northern Marovia after three days of rain.',
  // garbled merge of two facts
  'President Ivo Marek promised $50 million after 12,000 people were forced from their homes.',
  // flipped negation
  'The army was not ordered to help with evacuations in the province.',
  // invented
  'Neighbouring countries closed their borders to refugees from the flooded valley.',
];

function chatReply(content: string): string {
  return JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] });
}

let server: Server;
let baseUrl = '';
let handler: Handler = () => undefined;
const requests: { url: string; authorization: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      requests.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests.length = 0;
});

const llm = () => ({ baseUrl, model: 'test-model', apiKey: 'test-key', timeoutMs: 2_000 });

describe('summarizeStoryWithLlm against a local OpenAI-compatible server', () => {
  it('keeps faithful points, drops unfaithful ones and fills their places extractively', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(chatReply(JSON.stringify({ points: [FAITHFUL[0], ...UNFAITHFUL, FAITHFUL[1]] })));
    };
    const summary = await summarizeStoryWithLlm(FLOODS, { maxPoints: 5, llm: llm() });
    expect(summary.mode).toBe('llm');
    expect(summary.dropped).toBe(UNFAITHFUL.length);
    const texts = summary.points.map((point) => point.text);
    expect(texts.slice(0, 2)).toEqual(FAITHFUL);
    for (const bad of UNFAITHFUL) expect(texts).not.toContain(bad);
    expect(summary.points).toHaveLength(5);
    for (const point of summary.points) expect(point.sources.length).toBeGreaterThan(0);
    expect(summary.points[0]?.sources.slice().sort()).toEqual(['floods-bbc', 'floods-reuters']);
    expect(summary.outletCount).toBe(3);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('/v1/chat/completions');
    expect(requests[0]?.authorization).toBe('Bearer test-key');
    const sent = JSON.parse(requests[0]?.body ?? '{}') as { model: string; messages: { content: string }[] };
    expect(sent.model).toBe('test-model');
    expect(sent.messages[1]?.content).toContain('12,000 people');
  });

  it.each([
    ['a fenced JSON reply', `\`\`\`json\n${JSON.stringify([FAITHFUL[0], UNFAITHFUL[0]])}\n\`\`\``, 1],
    [
      'bulleted lines (the preamble is dropped too)',
      `Here you are:\n- ${FAITHFUL[0]}\n- ${UNFAITHFUL[0]}`,
      2,
    ],
  ])('reads %s', async (_name, content, dropped) => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(chatReply(content));
    };
    const summary = await summarizeStoryWithLlm(FLOODS, { maxPoints: 3, llm: llm() });
    expect(summary.mode).toBe('llm');
    expect(summary.points[0]?.text).toBe(FAITHFUL[0]);
    expect(summary.dropped).toBe(dropped);
  });

  it('falls back to the extractive summary on HTTP 500', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"error":"overloaded"}');
    };
    const summary = await summarizeStoryWithLlm(FLOODS, { llm: llm() });
    expect(summary.mode).toBe('extractive');
    expect(summary.fallbackReason).toMatch(/HTTP 500/);
    expect(summary.points).toEqual(summarizeStory(FLOODS).points);
  });

  it('falls back to the extractive summary when the endpoint does not answer in time', async () => {
    handler = () => undefined;
    const started = Date.now();
    const summary = await summarizeStoryWithLlm(FLOODS, { llm: { ...llm(), timeoutMs: 200 } });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(summary.mode).toBe('extractive');
    expect(summary.fallbackReason).toMatch(/within 200 ms/);
    expect(summary.points).toEqual(summarizeStory(FLOODS).points);
  });

  it('falls back when every generated point is unsupported, counting them', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(chatReply(JSON.stringify({ points: UNFAITHFUL })));
    };
    const summary = await summarizeStoryWithLlm(FLOODS, { llm: llm() });
    expect(summary.mode).toBe('extractive');
    expect(summary.dropped).toBe(UNFAITHFUL.length);
    expect(summary.points).toEqual(summarizeStory(FLOODS).points);
  });

  it('uses an injected fetch and survives a malformed reply', async () => {
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ choices: [] }), { status: 200 })) as unknown as typeof fetch;
    const summary = await summarizeStoryWithLlm(FLOODS, { llm: llm(), fetch: fakeFetch });
    expect(summary.mode).toBe('extractive');
    expect(summary.fallbackReason).toMatch(/no message content/);
    expect(requests).toHaveLength(0);
  });
});
