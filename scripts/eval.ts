/**
 * `npm run eval`: quality figures of the two content stages on the labelled development data in
 * ../shared/data (or EVAL_DATA_DIR). The data is research-only and never part of the project; when
 * it is absent, each part says so and the run still succeeds.
 */
import { resolve } from 'node:path';
import { runClusterEval } from '../src/eval/cluster-eval';
import { runSameEventEval } from '../src/eval/same-event-eval';
import { runSummarizeEval } from '../src/eval/summarize-eval';

async function main(): Promise<void> {
  const dataDir = resolve(process.env.EVAL_DATA_DIR ?? '../shared/data');
  console.log(`Evaluation data: ${dataDir}\n`);
  console.log('== Clustering (brief cluster, one configuration for every file)');
  await runClusterEval(resolve(dataDir, 'clustering'));
  console.log('\n== Summarization (brief summarize --max-words 230)');
  await runSummarizeEval(dataDir);
  console.log("\n== One story per event (the edition's same-event tests on Multi-News events)");
  runSameEventEval(dataDir);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
