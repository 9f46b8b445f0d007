import { parseArgs } from 'node:util';

export interface Command {
  summary: string;
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Parses options strictly, so a misspelt flag is an error rather than silently ignored. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T
) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}
