/** What a command may touch, so tests can run commands without a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The whole of standard input (read only when a command asks for it). */
  readStdin(): Promise<string>;
}

/** A wrong call: printed as one line on standard error, exit code 2. */
export class UsageError extends Error {}

/** A failure the user can act on (a file not found, not an xlsx…): one line, exit code 1. */
export class CliFailure extends Error {}

export interface CliCommand {
  name: string;
  /** One line: the command and its options. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
