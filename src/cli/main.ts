import { Command } from 'commander';
import { errorMessage } from '../shared/errors';
import { bouncesCommand } from './commands/bounces';
import { clusterCommand } from './commands/cluster';
import { demoCommand } from './commands/demo';
import { previewCommand } from './commands/preview';
import { resendCommand } from './commands/resend';
import { runOnceCommand } from './commands/run-once';
import { sourcesCommand } from './commands/sources';
import { startCommand } from './commands/start';
import { statusCommand } from './commands/status';
import { subscribersCommand } from './commands/subscribers';
import { summarizeCommand } from './commands/summarize';

export function buildProgram(): Command {
  const program = new Command('brief')
    .description('Morning Brief: a self-hosted morning World News email')
    .showHelpAfterError()
    .enablePositionalOptions();
  for (const command of [
    startCommand(),
    demoCommand(),
    runOnceCommand(),
    clusterCommand(),
    summarizeCommand(),
    previewCommand(),
    resendCommand(),
    sourcesCommand(),
    subscribersCommand(),
    bouncesCommand(),
    statusCommand(),
  ]) {
    program.addCommand(command);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`brief: ${errorMessage(error)}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main(process.argv);
