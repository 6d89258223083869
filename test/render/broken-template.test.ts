import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderVariant } from '../../src/render';
import { defaultTemplatesDir } from '../../src/render/templates';
import { BriefError } from '../../src/shared/errors';
import { brand, realisticEdition } from './support/editions';

/** A copy of the real templates with one file changed. */
function templatesWith(file: string, edit: (source: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-templates-'));
  cpSync(defaultTemplatesDir(), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

async function renderError(templatesDir: string): Promise<BriefError> {
  try {
    await renderVariant(realisticEdition, ['world'], brand, { templatesDir });
  } catch (error) {
    if (error instanceof BriefError) return error;
    throw error;
  } finally {
    rmSync(templatesDir, { recursive: true, force: true });
  }
  throw new Error('expected renderVariant to fail');
}

describe('a broken template is a clear render: error, never a silently broken email', () => {
  it('fails on MJML that does not validate', async () => {
    const dir = templatesWith('section.mjml', (source) =>
      source.replace('<mj-column>', '<mj-column><mj-bogus />'),
    );
    const error = await renderError(dir);
    expect(error.code).toBe('RENDER_MJML_INVALID');
    expect(error.message).toMatch(/^render: MJML did not compile: .*mj-bogus/);
  });

  it('fails on a component in the wrong place', async () => {
    const dir = templatesWith('section.mjml', (source) =>
      source.replace('<mj-column>', '<mj-text>x</mj-text><mj-column>'),
    );
    expect((await renderError(dir)).code).toBe('RENDER_MJML_INVALID');
  });

  it('fails when a template lost the unsubscribe link', async () => {
    const dir = templatesWith('digest.mjml', (source) =>
      source.replace('{{unsubscribeUrl}}', 'https://example.org'),
    );
    const error = await renderError(dir);
    expect(error.code).toBe('RENDER_TEMPLATE_BROKEN');
    expect(error.message).toBe('render: html part lost its unsubscribeUrl placeholder');
  });

  it('fails on a slot the code does not fill', async () => {
    const dir = templatesWith('story.mjml', (source) => source.replace('{{headline}}', '{{headlien}}'));
    const error = await renderError(dir);
    expect(error.code).toBe('RENDER_TEMPLATE_SLOT');
    expect(error.message).toContain('story.mjml has slot {{headlien}}');
  });

  it('fails on a missing template file', async () => {
    const dir = templatesWith('point.mjml', (source) => source);
    rmSync(join(dir, 'point.mjml'));
    const error = await renderError(dir);
    expect(error.code).toBe('RENDER_TEMPLATES_MISSING');
    expect(error.message).toMatch(/^render: cannot read template .*point\.mjml/);
  });
});
