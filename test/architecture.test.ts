import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import rules of docs/architecture.md: `src/` is the pipeline; a stage imports only src/shared and the *types* of
 * earlier stages, never the code of a later one. Import cycles are caught by Biome's
 * noImportCycles in `npm run lint`.
 */
const STAGES = ['sources', 'cluster', 'summarize', 'edition', 'render', 'deliver', 'subscriptions', 'web'];
const FOUNDATION = ['shared', 'config', 'store'];
/**
 * Code imports allowed across stages, each for a reason. `web` is the I/O edge of the
 * subscriptions capability and runs its pure core (token checks, preference rules); its story
 * and edition pages show a story through the email's own view and labels (render), so a page
 * and an email cannot word or clean a story differently.
 */
const ALLOWED_CODE_IMPORTS: Record<string, string[]> = { web: ['subscriptions', 'render'] };
const root = resolve(__dirname, '..');
const src = join(root, 'src');

interface ImportEdge {
  file: string;
  target: string;
  typeOnly: boolean;
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const edges: ImportEdge[] = [];
  const pattern = /^(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm;
  for (const match of text.matchAll(pattern)) {
    edges.push({ file, target: resolve(dirname(file), match[3] as string), typeOnly: Boolean(match[2]) });
  }
  return edges;
}

function folderOf(path: string): string {
  return relative(src, path).split('/')[0] ?? '';
}

describe('architecture', () => {
  const edges = listTs(src).flatMap(importsOf);

  test('the scan sees the pipeline', () => {
    expect(edges.length).toBeGreaterThan(50);
    for (const stage of STAGES) expect(edges.some((edge) => folderOf(edge.file) === stage)).toBe(true);
  });

  test.each(STAGES)('stage %s imports only shared, its own files and types of earlier stages', (stage) => {
    const rank = STAGES.indexOf(stage);
    const violations = edges
      .filter((edge) => folderOf(edge.file) === stage)
      .filter((edge) => {
        const target = folderOf(edge.target);
        if (target === stage || target === 'shared') return false;
        if (ALLOWED_CODE_IMPORTS[stage]?.includes(target)) return false;
        const targetRank = STAGES.indexOf(target);
        const earlier = (targetRank >= 0 && targetRank < rank) || FOUNDATION.includes(target);
        return !(earlier && edge.typeOnly);
      })
      .map(
        (edge) =>
          `${relative(root, edge.file)} -> ${relative(root, edge.target)}${edge.typeOnly ? ' (type)' : ''}`,
      );
    expect(violations).toEqual([]);
  });

  test.each(FOUNDATION)('foundation %s does not depend on any stage', (folder) => {
    const violations = edges
      .filter((edge) => folderOf(edge.file) === folder)
      .filter((edge) => ![folder, 'shared'].includes(folderOf(edge.target)))
      .map((edge) => `${relative(root, edge.file)} -> ${relative(root, edge.target)}`);
    expect(violations).toEqual([]);
  });

  test('only the config loader reads process.env', () => {
    const readers = listTs(src).filter((file) => /process\.env/.test(readFileSync(file, 'utf8')));
    expect(readers.map((file) => relative(root, file))).toEqual(['src/config/env.ts']);
  });
});
