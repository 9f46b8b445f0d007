import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { freePort } from './ports';

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

export interface PrometheusOptions {
  /** Working directory for the config file and, unless tsdbPath is given, the TSDB. */
  dir: string;
  /** scrape_configs and the rest of prometheus.yml, as YAML text. */
  config?: string;
  /** An existing TSDB to open, e.g. one filled by promtool tsdb create-blocks-from. */
  tsdbPath?: string;
  /** Retention long enough for backfilled history. */
  retention?: string;
}

/**
 * Starts Debian's prometheus on a free loopback port and waits until it is ready. Tests that need it
 * skip with a reason when the binary is missing; .ci/run installs it.
 */
export async function startPrometheus(options: PrometheusOptions): Promise<RunningPrometheus> {
  const port = await freePort();
  const configFile = join(options.dir, 'prometheus.yml');
  writeFileSync(configFile, options.config ?? 'global:\n  scrape_interval: 15s\n');

  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${options.tsdbPath ?? join(options.dir, 'tsdb')}`,
      `--storage.tsdb.retention.time=${options.retention ?? '15d'}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-lifecycle',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));

  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child, () => stderr);
  return { url, stop: () => stopChild(child) };
}

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`prometheus exited with ${child.exitCode}: ${stderr()}`);
    }
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`prometheus did not become ready: ${stderr()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Whether a command is on PATH, for skipping with a reason instead of failing obscurely. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}
