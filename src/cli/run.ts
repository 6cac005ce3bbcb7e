import { commands } from './commands';
import { CliFailure, UsageError, type CliIO } from './io';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function usageText(): string {
  return ['Usage: plan-tracker <command> [options]', ...commands.map((c) => `  ${c.usage}`)].join('\n');
}

/** Runs one command line; never throws: every failure becomes a message and an exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usageText() + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`plan-tracker: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line: what was wrong, then the command's syntax (its description left out).
      io.err(`plan-tracker ${name}: ${error.message} — Usage: ${command.usage.split(/\s{3,}/)[0]}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`plan-tracker ${name}: ${error instanceof CliFailure ? message : `unexpected error: ${message}`}\n`);
    return EXIT.failure;
  }
}
