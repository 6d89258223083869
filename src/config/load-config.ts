import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError, errorMessage } from '../shared/errors';
import { urlWithoutPassword } from '../shared/url-without-password';
import { CONFIG_FILE_ENV, type Env, envBindings } from './env';
import { type Config, configSchema, type SourceConfig, sourceSchema } from './schema';

export interface AppConfig extends Config {
  sources: SourceConfig[];
  /** Where the configuration came from, for `brief status`. */
  origin: { file: string | null; sourcesFile: string };
}

export interface LoadOptions {
  env: Env;
  /** Directory relative paths resolve against. */
  cwd: string;
  /** Values that win over file and environment (used by `demo`). */
  overrides?: Record<string, unknown>;
}

/**
 * Reads the YAML file, applies environment variables, validates everything and returns a deep-frozen
 * config. Every problem is collected and reported in one ConfigError; nothing is written.
 */
export function loadConfig(options: LoadOptions): Readonly<AppConfig> {
  const problems: string[] = [];
  const file = configFilePath(options);
  const raw: Record<string, unknown> = file ? readYamlObject(file, problems, 'configuration file') : {};
  applyEnv(raw, options.env, problems);
  deepAssign(raw, options.overrides ?? {});
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success)
    problems.push(...formatIssues(parsed.error.issues, raw).map((line) => nameEnvSource(line, options.env)));
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const config = parsed.data;
  const sourcesFile = resolve(options.cwd, config.sourcesFile);
  const indexed = loadSources(sourcesFile, problems);
  problems.push(...crossCheck(config, indexed));
  const sources = indexed.map((entry) => entry.source);
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze({ ...config, sources, origin: { file, sourcesFile } });
}

function configFilePath(options: LoadOptions): string | null {
  const fromEnv = options.env[CONFIG_FILE_ENV];
  if (fromEnv) return resolve(options.cwd, fromEnv);
  const conventional = resolve(options.cwd, 'config/brief.yaml');
  return existsSync(conventional) ? conventional : null;
}

function readYamlObject(path: string, problems: string[], what: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push(`${what} ${path}: cannot be read (${errorMessage(error)})`);
    return {};
  }
  try {
    const value: unknown = parseYaml(text);
    if (value === null || value === undefined) return {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`${what} ${path}: expected a mapping of keys at the top level`);
  } catch (error) {
    problems.push(`${what} ${path}: not valid YAML (${errorMessage(error).split('\n')[0]})`);
  }
  return {};
}

function applyEnv(target: Record<string, unknown>, env: Env, problems: string[]): void {
  for (const binding of envBindings) {
    const value = env[binding.name];
    if (value === undefined || value === '') continue;
    const converted = convertEnv(binding.kind, value);
    if (converted === undefined) {
      problems.push(
        `${binding.name}=${JSON.stringify(value)}: expected ${binding.kind === 'integer' ? 'an integer' : 'true or false'}`,
      );
      continue;
    }
    setPath(target, binding.path, converted);
  }
}

function convertEnv(kind: 'string' | 'integer' | 'boolean', value: string): unknown {
  if (kind === 'string') return value;
  if (kind === 'integer') return /^-?\d+$/.test(value.trim()) ? Number(value) : undefined;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  return undefined;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

function deepAssign(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    const bothObjects =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current);
    if (bothObjects) deepAssign(current as Record<string, unknown>, value as Record<string, unknown>);
    else target[key] = value;
  }
}

/** "redisUrl: …" becomes "redisUrl (from REDIS_URL): …" when the environment supplied the value. */
function nameEnvSource(line: string, env: Env): string {
  for (const binding of envBindings) {
    const key = binding.path.join('.');
    if (env[binding.name] && line.startsWith(`${key}: `))
      return `${key} (from ${binding.name})${line.slice(key.length)}`;
  }
  return line;
}

function formatIssues(issues: z.core.$ZodIssue[], input: unknown, prefix = ''): string[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${path ? `${path}.` : ''}${key}: unknown key`).join('\n  - ');
    }
    const value = valueAt(input, issue.path);
    const shown = value === undefined ? 'missing' : `got ${describeValue(path, value)}`;
    return `${path || '(top level)'}: ${issue.message.replace(/^Invalid input: /, '')} (${shown})`;
  });
}

/** Keys whose values are secrets: an error names their shape, never their text. */
const SECRET_KEYS = new Set([
  'tokenSecret',
  'adminToken',
  'metricsToken',
  'summarize.llm.apiKey',
  'dkim.privateKey',
]);
/** Keys holding URLs that may carry a password: an error shows the URL with the password hidden. */
const URL_KEYS = new Set(['databaseUrl', 'redisUrl', 'smtpUrl', 'publicUrl', 'summarize.llm.baseUrl']);

function describeValue(path: string, value: unknown): string {
  if (URL_KEYS.has(path) && typeof value === 'string') return JSON.stringify(urlWithoutPassword(value));
  if (!SECRET_KEYS.has(path) || typeof value !== 'string') return JSON.stringify(value);
  const lengths = value.split(',').map((part) => part.trim().length);
  return `a secret of ${lengths.join(', ')} characters (not shown)`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

interface IndexedSource {
  /** Position in the file, so problems name the entry the operator wrote. */
  index: number;
  source: SourceConfig;
}

function loadSources(path: string, problems: string[]): IndexedSource[] {
  if (!existsSync(path)) {
    problems.push(`sourcesFile ${path}: file not found`);
    return [];
  }
  const doc = readYamlObject(path, problems, 'sources file');
  const list = doc.sources;
  if (!Array.isArray(list)) {
    problems.push(`sources file ${path}: expected a "sources:" list`);
    return [];
  }
  const sources: IndexedSource[] = [];
  list.forEach((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    if (parsed.success) sources.push({ index, source: parsed.data });
    else problems.push(...formatIssues(parsed.error.issues, entry, `sources[${index}]`));
  });
  return sources;
}

function crossCheck(config: Config, sources: IndexedSource[]): string[] {
  const problems: string[] = [];
  const sectionIds = new Set(config.sections.map((section) => section.id));
  if (sectionIds.size !== config.sections.length) problems.push('sections: section ids must be unique');
  for (const id of config.defaultSections) {
    if (!sectionIds.has(id))
      problems.push(`defaultSections: "${id}" is not one of the sections (${[...sectionIds].join(', ')})`);
  }
  const seen = new Set<string>();
  for (const { index, source } of sources) {
    if (seen.has(source.id)) problems.push(`sources[${index}].id: duplicate id "${source.id}"`);
    seen.add(source.id);
    if (!sectionIds.has(source.section)) {
      problems.push(
        `sources[${index}].section: "${source.section}" is not one of the sections (${[...sectionIds].join(', ')})`,
      );
    }
  }
  problems.push(...checkDkim(config.dkim));
  if (config.env === 'production' && !config.tokenSecret) {
    problems.push('tokenSecret: required in production; set TOKEN_SECRET to 32+ random characters');
  }
  return problems;
}

/** DKIM signs with all three settings or not at all; the key must load (its text is never shown). */
function checkDkim(dkim: Config['dkim']): string[] {
  const set = [dkim.domain, dkim.selector, dkim.privateKey].filter((value) => value !== null).length;
  if (set === 0) return [];
  if (set < 3) return ['dkim: set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together, or none of them'];
  try {
    const key = createPrivateKey(dkim.privateKey as string);
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'ed25519')
      return [`dkim.privateKey: expected an RSA or Ed25519 key (got ${key.asymmetricKeyType})`];
  } catch {
    return ['dkim.privateKey: not a PEM private key (the value is not shown)'];
  }
  return [];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
