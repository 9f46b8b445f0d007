import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse, stringify } from 'yaml';

import { RECEIVER_NAMES } from '../../src/service/advisor/outputs/alertmanager';
import { hasCommand } from '../helpers/prometheus';

export interface ToolResult {
  status: number;
  output: string;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = join(__dirname, '..', '..', 'src', 'service', 'cli', 'bin.ts');

/**
 * Runs the CLI in a process of its own, as a user does. In-process, its writes to stdout would mix with
 * the test runner's own reports, which travel over the same stream.
 */
export function cli(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const written = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (written.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (written.stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, ...written }));
  });
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

/**
 * The snippet merged into the smallest configuration an operator could have: a root route and the
 * receivers its routes name; amtool must accept the result.
 */
export function checkSnippet(path: string): void {
  const snippet = parse(readFileSync(path, 'utf8'));
  const config = {
    route: { receiver: 'existing', routes: snippet.routes },
    inhibit_rules: snippet.inhibit_rules,
    receivers: [{ name: 'existing' }, ...RECEIVER_NAMES.map((name) => ({ name }))],
  };
  const merged = join(dirname(path), 'merged-alertmanager.yml');
  writeFileSync(merged, stringify(config));
  const result = runTool('amtool', ['check-config', merged]);
  assert.equal(result.status, 0, result.output);
}
