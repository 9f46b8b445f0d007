import { type ChildProcess, spawn } from 'node:child_process';

import { OFD_OPERATORS, type OfdOperator } from '../../../src/service/domain/device';

export interface SimulatorProcess {
  baseUrls: Map<OfdOperator, string>;
  stop(): Promise<void>;
}

/**
 * The OFD simulators in a process of their own, on free loopback ports, so that the suite's peak RSS is
 * the collectors' alone. The addresses are read from the banner.
 */
export async function startSimulatorProcess(size: number, latencyMs: number): Promise<SimulatorProcess> {
  const args = ['--import', 'tsx', 'src/service/cli/bin.ts', 'simulate-ofd', '--size', String(size), '--seed', '1'];
  const child = spawn(process.execPath, [...args, '--port-base', '0', '--latency', String(latencyMs)], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, KKT_LOG_LEVEL: 'warn' },
  });

  const baseUrls = await readBanner(child);
  return { baseUrls, stop: () => stop(child) };
}

function readBanner(child: ChildProcess): Promise<Map<OfdOperator, string>> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('the simulator did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Ctrl-C')) {
        clearTimeout(timer);
        const lines = [...text.matchAll(/^\s+(\w+)\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/gm)];
        resolve(new Map(lines.flatMap((m) => OFD_OPERATORS.filter((o) => o === m[1]).map((o) => [o, m[2]]))));
      }
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
