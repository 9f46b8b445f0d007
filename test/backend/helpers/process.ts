import { type ChildProcess, spawn } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  /** The first stdout line. */
  firstLine: string;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts a command and resolves once it printed a first stdout line (or exited without one). */
export function startUntilFirstLine(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  return new Promise((resolve) => {
    const done = () =>
      resolve({ child, firstLine: stdout.split('\n')[0], stdout: () => stdout, stderr: () => stderr, exit });
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('\n')) {
        done();
      }
    });
    void exit.then(done);
  });
}
