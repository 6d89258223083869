import { Command } from 'commander';
import { errorMessage } from '../shared/errors';

type CommandModule = Record<string, unknown>;

/**
 * Each command's module, loaded only when that command runs: a command pulls in what it needs
 * (MJML, the NLP model, the web server, the queues), and `brief status` or `brief sources`
 * should not pay ~100 MB for what they never use (docs/ingest.md "Speed and memory").
 * Help lists them all.
 */
const COMMANDS: readonly [name: string, load: () => Command][] = [
  ['start', () => load(require('./commands/start'), 'startCommand')],
  ['demo', () => load(require('./commands/demo'), 'demoCommand')],
  ['run-once', () => load(require('./commands/run-once'), 'runOnceCommand')],
  ['cluster', () => load(require('./commands/cluster'), 'clusterCommand')],
  ['summarize', () => load(require('./commands/summarize'), 'summarizeCommand')],
  ['preview', () => load(require('./commands/preview'), 'previewCommand')],
  ['resend', () => load(require('./commands/resend'), 'resendCommand')],
  ['sources', () => load(require('./commands/sources'), 'sourcesCommand')],
  ['subscribers', () => load(require('./commands/subscribers'), 'subscribersCommand')],
  ['bounces', () => load(require('./commands/bounces'), 'bouncesCommand')],
  ['status', () => load(require('./commands/status'), 'statusCommand')],
  ['health', () => load(require('./commands/health'), 'healthCommand')],
];

function load(module: CommandModule, factory: string): Command {
  const make = module[factory];
  if (typeof make !== 'function') throw new Error(`cli: ${factory} is missing`);
  return make() as Command;
}

/** The program with every command, or only `only` when it names one. */
export function buildProgram(only?: string): Command {
  const program = new Command('brief')
    .description('Morning Brief: a self-hosted morning World News email')
    .showHelpAfterError()
    .enablePositionalOptions();
  const named = COMMANDS.some(([name]) => name === only);
  for (const [name, make] of COMMANDS) {
    if (!named || name === only) program.addCommand(make());
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram(argv[2]).parseAsync(argv);
  } catch (error) {
    process.stderr.write(`brief: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main(process.argv);
