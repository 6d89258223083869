import { readFileSync } from 'node:fs';
import { pageShared } from '../edition/page-names';
import { rareShared } from '../edition/rare-names';
import { type EventCandidate, type Opening, openingOf, sameEvent } from '../edition/same-event';
import { DEFAULT_MAX_POINTS } from '../shared/key-points';
import { termDice } from '../shared/text/terms';
import type { ContentDoc } from '../shared/types';
import { type EventInput, parseEventLine } from '../summarize/event-input';
import { summarizeStory } from '../summarize/summarize-story';
import { devFile } from './summarize-eval';

/**
 * The edition's one-story-per-event tests (src/edition/same-event.ts, rare-names.ts and
 * page-names.ts) on real articles: Multi-News events, each several outlets' articles of one
 * event. A morning is built of `MORNING` candidates, as a section of eight stories compares three
 * times as many. Each event
 * with two articles or more is split in two candidates (its first article, the rest) among
 * others drawn at random: the splits rejoined are the tests' reach on one event told twice. Each
 * event is also put beside the other event that shares most of its opening names, among others
 * drawn at random: those pairs joined, and every other pair of those mornings joined, are events
 * merged that are not one. docs/clustering.md ("One story per event").
 */

/** Candidates of one morning. */
export const MORNING = 24;

export interface SameEventFigures {
  events: number;
  splits: number;
  /** Splits rejoined by all the tests, by the older tests alone (same-event.ts), and by the page test alone. */
  rejoined: number;
  rejoinedByOlder: number;
  rejoinedByPage: number;
  /** Nearest pairs of different events joined, by all the tests and by the older ones alone. */
  nearestJoined: number;
  nearestJoinedByOlder: number;
  /** Pairs of different events of the nearest-pair mornings joined by the rare-name or the page test, and by the page test alone. */
  pairs: number;
  pairsJoined: number;
  pairsJoinedByPage: number;
  /** Headlines of the pairs of different events joined. */
  joined: [string, string][];
}

function candidate(articles: readonly ContentDoc[]): EventCandidate & { opening: Opening } {
  return {
    section: 'world',
    summary: summarizeStory([...articles], { maxPoints: DEFAULT_MAX_POINTS }),
    opening: openingOf(articles),
  };
}

/** The figures above, for `events`; `seed` fixes the draws. */
export function sameEventFigures(events: readonly EventInput[], seed = 7): SameEventFigures {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const candidates = events.map((event) => candidate(event.articles));
  const others = (skip: readonly number[], count: number): number[] => {
    const drawn: number[] = [];
    const wanted = Math.min(count, candidates.length - skip.length);
    while (drawn.length < wanted) {
      const at = Math.floor(random() * candidates.length);
      if (!skip.includes(at) && !drawn.includes(at)) drawn.push(at);
    }
    return drawn;
  };
  const figures: SameEventFigures = {
    events: events.length,
    splits: 0,
    rejoined: 0,
    rejoinedByOlder: 0,
    rejoinedByPage: 0,
    nearestJoined: 0,
    nearestJoinedByOlder: 0,
    pairs: 0,
    pairsJoined: 0,
    pairsJoinedByPage: 0,
    joined: [],
  };
  candidates.forEach((own, i) => {
    let nearest = -1;
    let best = -1;
    candidates.forEach((other, j) => {
      const share = j === i ? -1 : termDice(own.opening.names, other.opening.names);
      if (share > best) [best, nearest] = [share, j];
    });
    if (nearest < 0) return;
    const morning = [i, nearest, ...others([i, nearest], MORNING - 2)].map((at) => candidates[at] ?? own);
    const rare = rareShared(morning);
    const page = pageShared(morning);
    if (sameEvent(morning[0] ?? own, morning[1] ?? own)) figures.nearestJoinedByOlder++;
    if (rare(0, 1) || page(0, 1)) figures.nearestJoined++;
    for (let a = 0; a < morning.length; a++)
      for (let b = a + 1; b < morning.length; b++) {
        figures.pairs++;
        const byRare = rare(a, b);
        if (!byRare && !page(a, b)) continue;
        figures.pairsJoined++;
        if (!byRare) figures.pairsJoinedByPage++;
        figures.joined.push([morning[a]?.summary.headline ?? '', morning[b]?.summary.headline ?? '']);
      }
  });
  events.forEach((event, i) => {
    if (event.articles.length < 2) return;
    figures.splits++;
    const morning = [
      candidate(event.articles.slice(0, 1)),
      candidate(event.articles.slice(1)),
      ...others([i], MORNING - 2).map((at) => candidates[at] as EventCandidate),
    ];
    const older = sameEvent(morning[0] as EventCandidate, morning[1] as EventCandidate);
    if (older) figures.rejoinedByOlder++;
    const byRare = older || rareShared(morning)(0, 1);
    const byPage = pageShared(morning)(0, 1);
    if (byRare || byPage) figures.rejoined++;
    if (byPage && !byRare) figures.rejoinedByPage++;
  });
  return figures;
}

/** Prints the figures for the Multi-News dev file under `dataDir`, or a line saying it is absent. */
export function runSameEventEval(
  dataDir: string,
  print: (line: string) => void = console.log,
): SameEventFigures | null {
  const file = devFile(dataDir);
  if (file === null) {
    print(`same-event eval: skipped, no summarization/dev.jsonl under ${dataDir}`);
    return null;
  }
  const events = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => (line.trim().length === 0 ? null : parseEventLine(line, i + 1)))
    .filter((event): event is EventInput => event !== null);
  const figures = sameEventFigures(events);
  print(`same-event eval: ${figures.events} events from ${file}, mornings of ${MORNING} candidates`);
  print(
    `  one event split in two: ${figures.rejoined} of ${figures.splits} rejoined (older tests alone: ${figures.rejoinedByOlder}; page test alone: ${figures.rejoinedByPage})`,
  );
  print(
    `  nearest other event: ${figures.nearestJoined} of ${figures.events} joined by the rare-name or page test (older tests: ${figures.nearestJoinedByOlder})`,
  );
  print(
    `  all pairs of those mornings: ${figures.pairsJoined} of ${figures.pairs} joined by the rare-name or page test (page test alone: ${figures.pairsJoinedByPage})`,
  );
  const seen = new Set<string>();
  for (const [a, b] of figures.joined) {
    const key = [a, b].sort().join(' | ');
    if (seen.has(key)) continue;
    seen.add(key);
    print(`    joined: ${a.slice(0, 70)} | ${b.slice(0, 70)}`);
  }
  return figures;
}
