/**
 * `npm run eval:editorial`: the editorial defects a reader would notice, measured on the labelled
 * set in test/fixtures/editorial (fictional, real-shaped articles written for this project)
 * through production code: ingest normalization, the store, clustering with the production
 * window, one edition per morning built by buildEdition with the shipped configuration.
 * Prints every story with its defects (with `--points`, its points too, to read it as a reader
 * would), a count per kind, and as its last line one JSON object. `--set DIR` reads another set of
 * the same format (a set written after the rules, to measure them on stories they were not
 * written for). Before the JSON line, how the shared text cleaning reads the set's sentences:
 * news sentences it drops as furniture (with `--points`, each one), furniture it keeps, per kind.
 */
import { resolve } from 'node:path';
import { cleaningFigures } from '../src/eval/editorial/cleaning';
import { evaluateEditions } from '../src/eval/editorial/evaluate';
import { loadEditorialSet } from '../src/eval/editorial/fixture';
import { runEditions } from '../src/eval/editorial/run-editions';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const showPoints = process.argv.includes('--points');
  const setFlag = process.argv.indexOf('--set');
  const setDir = setFlag >= 0 ? process.argv[setFlag + 1] : undefined;
  if (setFlag >= 0 && setDir === undefined) throw new Error('eval:editorial: --set needs a directory');
  const events = loadEditorialSet(
    setDir === undefined ? resolve(root, 'test/fixtures/editorial') : resolve(setDir),
  );
  const articles = events.flatMap((event) => event.articles);
  console.log(`editorial set: ${events.length} events, ${articles.length} articles`);
  const editions = await runEditions(articles, root);
  const { figures, stories } = evaluateEditions(events, editions);
  const byKind = new Map<string, number>();
  for (const story of stories) {
    const mark = story.defects.length === 0 ? 'ok ' : 'BAD';
    console.log(`\n${mark} ${story.edition.slice(0, 13)}h  ${story.headline}  [${story.events.join(' + ')}]`);
    if (showPoints) for (const point of story.points) console.log(`    • ${point}`);
    for (const defect of story.defects) {
      console.log(`      ${defect.kind}: ${defect.detail}`);
      byKind.set(defect.kind, (byKind.get(defect.kind) ?? 0) + 1);
    }
  }
  console.log(
    `\n${editions.length} editions, ${figures.stories} stories, ${figures.stories_with_defect} with a defect`,
  );
  for (const [kind, count] of [...byKind].sort()) console.log(`  ${kind}: ${count}`);
  const cleaning = cleaningFigures(events);
  console.log(
    `\ncleaning: ${cleaning.newsDropped} of ${cleaning.news} news sentences dropped as furniture, ${cleaning.furnitureKept} of ${cleaning.furniture} furniture lines kept`,
  );
  const kinds = [...cleaning.kinds].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    `  furniture kept, per kind: ${kinds.map(([kind, [kept, all]]) => `${kind} ${kept}/${all}`).join(', ')}`,
  );
  if (showPoints) for (const text of cleaning.dropped) console.log(`  news dropped: ${text}`);
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
