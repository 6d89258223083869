import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FEEDS_DIR = join(__dirname, '..', '..', 'fixtures', 'feeds');
export const EDGE_DIR = join(FEEDS_DIR, 'edge');

/** The fixture set ends at 2026-11-28T06:00Z; this is "now" for tests that read them as stored. */
export const FIXTURE_NOW = new Date('2026-11-28T07:00:00Z');

export interface ManifestSource {
  id: string;
  outlet: string;
  url: string;
  section: string;
}

export function readManifest(): ManifestSource[] {
  const parsed = parse(readFileSync(join(FEEDS_DIR, 'sources.yaml'), 'utf8')) as {
    sources: ManifestSource[];
  };
  return parsed.sources;
}

export function fixture(name: string): Buffer {
  return readFileSync(join(FEEDS_DIR, name));
}

export function edgeFixture(name: string): Buffer {
  return readFileSync(join(EDGE_DIR, name));
}
