import { editionPath, publicPageUrl, storyPath } from '../shared/public-paths';
import { cleanText } from '../shared/text/one-line';
import type { DigestView, StoryView } from './digest-view';
import { moreSourcesLabel, overviewLine, sourceMeta } from './labels';
import { marker } from './markers';
import { safeHttpUrl } from './safe-url';
import type { Brand } from './types';

/**
 * The text/plain part, written for people who read mail as text (and for screen readers and
 * spam filters that compare both parts), not HTML with the tags stripped: numbered stories,
 * points with the outlets that reported them, numbered sources with their URLs.
 */

const WIDTH = 72;
const RULE = '-'.repeat(WIDTH);

/** Wraps at word boundaries; the first line gets `lead`, the others `indent`. Long words (URLs) are not cut. */
export function wrap(text: string, lead: string, indent: string, width: number = WIDTH): string {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of text.split(' ')) {
    if (word.length === 0) continue;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function storyText(story: StoryView, number: number, brand: Brand): string {
  const out = [wrap(story.headline, `${number}. `, '   ')];
  const page = story.storyId ? safeHttpUrl(publicPageUrl(brand.publicUrl, storyPath(story.storyId))) : null;
  if (page) out.push(`   ${page}`);
  out.push('');
  for (const point of story.points) {
    out.push(wrap(point.text, '   - ', '     '));
    if (point.outlets.length > 0) out.push(wrap(`(${point.outlets.join(', ')})`, '     ', '     '));
  }
  out.push('', `   ${story.basedOn}`);
  story.sources.forEach((source, index) => {
    const ref = `   [${index + 1}] `;
    out.push(wrap(`${sourceMeta(source)} • ${source.title}`, ref, ' '.repeat(ref.length)));
    if (source.url) out.push(`${' '.repeat(ref.length)}${source.url}`);
  });
  if (story.moreSources > 0) out.push(`   ${moreSourcesLabel(story.moreSources)}`);
  return out.join('\n');
}

const QUIET = [
  'A QUIET MORNING',
  '',
  wrap(
    'None of the sections you follow has a story that several outlets are reporting yet, ' +
      'so there is nothing to summarize today. Tomorrow’s brief picks up anything that develops.',
    '',
    '',
  ),
].join('\n');

function footer(brand: Brand, senderName: string): string {
  return [
    // "-- " with the space is the signature separator mail readers recognize (RFC 3676 §4.3).
    '-- ',
    wrap(
      `You are receiving this email because you subscribed to ${senderName} at ${cleanText(brand.publicUrl, 200)}.`,
      '',
      '',
    ),
    '',
    `Manage preferences: ${marker('preferencesUrl')}`,
    `Unsubscribe: ${marker('unsubscribeUrl')}`,
    '',
    senderName,
    wrap(cleanText(brand.postalAddress, 300), '', ''),
  ].join('\n');
}

export function buildTextPart(view: DigestView, brand: Brand): string {
  const senderName = cleanText(brand.senderName, 80) || 'Morning Brief';
  const out = [
    `${senderName.toUpperCase()} — WORLD NEWS`,
    `${marker('localDateLabel')} · ${overviewLine(view)}`,
  ];
  const editionPage = safeHttpUrl(publicPageUrl(brand.publicUrl, editionPath(view.editionId)));
  if (editionPage) out.push(`View in browser: ${editionPage}`);
  out.push('');
  if (view.storyCount === 0) out.push(QUIET, '');
  else
    out.push(
      wrap('Every point names the outlets that reported it; the sources follow each story.', '', ''),
      '',
    );
  for (const section of view.sections) {
    out.push(RULE, section.title.toUpperCase(), RULE, '');
    section.stories.forEach((story, index) => {
      out.push(storyText(story, index + 1, brand), '');
    });
  }
  out.push(footer(brand, senderName), '');
  return out.join('\n');
}
