import { spawnSync } from 'node:child_process';

import { hasCommand } from '../helpers/prometheus';

export interface ToolResult {
  status: number;
  output: string;
}

/** Runs one of Prometheus' or Alertmanager's command-line tools and returns its exit status and output. */
export function runTool(command: 'promtool' | 'amtool', args: string[], cwd?: string): ToolResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The reason to skip a test that needs the tool, or false when it is installed. */
export function missing(command: 'promtool' | 'amtool' | 'prometheus'): string | false {
  return hasCommand(command) ? false : `${command} is not installed (.ci/run installs it)`;
}
