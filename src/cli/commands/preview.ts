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
    .option('--edition <id>', 'edition id, or "latest" (the default)')
    .option('--build', "build (or reuse) the current hour's edition from stored articles first")
    .option(
      '--variant <sections>',
      'sections of the variant, separated by "," "+" or ";" (default: the default sections)',
    )
    .option('--sections <ids>', 'same as --variant')
    .option('--out <file>', 'HTML output file', 'outbox/preview.html')
    .action(
      async (options: {
        edition?: string;
        build?: boolean;
        variant?: string;
        sections?: string;
        out: string;
      }) => {
        const config = loadConfigOrExit();
        const sections = chosenSections(config, options.variant ?? options.sections);
        const context = await openContextOnly(config);
        try {
          if (options.build) {
            const outcome = await buildEdition(context, context.now());
            if (outcome.waiting) throw new Error(`no edition built: ${outcome.waiting}`);
          }
          const edition =
            options.edition && options.edition !== 'latest'
              ? await context.store.editions.get(options.edition)
              : (await context.store.editions.latest(1))[0];
          if (!edition)
            throw new Error(
              options.edition ? `no edition ${options.edition}` : 'no edition yet (try --build)',
            );
          const key = variantKeyFor(config, sections);
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
      },
    );
}

/** The sections asked for, each checked against the configuration (a typo must not preview the defaults). */
function chosenSections(config: ReturnType<typeof loadConfigOrExit>, list: string | undefined): string[] {
  if (!list) return [...config.defaultSections];
  const sections = list
    .split(/[,+;]/)
    .map((id) => id.trim())
    .filter(Boolean);
  const known = new Set(config.sections.map((section) => section.id));
  const unknown = sections.filter((id) => !known.has(id));
  if (unknown.length > 0 || sections.length === 0)
    throw new Error(
      `--variant: unknown section(s) ${unknown.join(', ') || '(none given)'}; configured: ${[...known].join(', ')}`,
    );
  return sections;
}
