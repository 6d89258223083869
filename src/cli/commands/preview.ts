import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { buildEdition } from '../../app/build-edition';
import { closeContext } from '../../app/context';
import { ensureVariant, variantKeyFor } from '../../app/variants';
import { personalize } from '../../render';
import { loadConfigOrExit, openContextOnly } from '../runtime';

export function previewCommand(): Command {
  return new Command('preview')
    .description('Write the HTML and text of an edition variant to files, without sending anything')
    .option('--edition <id>', 'edition id (default: the latest)')
    .option('--build', "build (or reuse) the current hour's edition from stored articles first")
    .option('--sections <ids>', 'comma-separated sections of the variant (default: the default sections)')
    .option('--out <file>', 'HTML output file', 'outbox/preview.html')
    .action(async (options: { edition?: string; build?: boolean; sections?: string; out: string }) => {
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        if (options.build) await buildEdition(context, context.now());
        const edition = options.edition
          ? await context.store.editions.get(options.edition)
          : (await context.store.editions.latest(1))[0];
        if (!edition)
          throw new Error(options.edition ? `no edition ${options.edition}` : 'no edition yet (try --build)');
        const key = variantKeyFor(
          config,
          options.sections ? options.sections.split(',').map((id) => id.trim()) : config.defaultSections,
        );
        const variant = await ensureVariant(context, edition, key);
        const base = config.publicUrl.replace(/\/+$/, '');
        const filled = personalize(variant, {
          preferencesUrl: `${base}/p/preview`,
          unsubscribeUrl: `${base}/u/preview`,
          localDateLabel: new Date(edition.slot).toDateString(),
        });
        const out = resolve(options.out);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, filled.html);
        writeFileSync(`${out.replace(/\.html?$/, '')}.txt`, filled.text);
        process.stdout.write(
          `${filled.subject}\nedition ${edition.id}, variant ${key}: ${out} (${Buffer.byteLength(filled.html)} bytes)\n`,
        );
      } finally {
        await closeContext(context);
      }
    });
}
