// `npm start`: builds the service, starts the OFD API simulator on fixed loopback ports, waits until it
// answers, then runs the service with the example configuration. Ctrl-C stops the service, and the
// simulator stops with it. Nothing here talks to a real OFD.
import { spawn, spawnSync } from 'node:child_process';

const BUNDLE = 'build/kkt-monitor.cjs';
const SIMULATOR_PORTS = [18081, 18082, 18083, 18084, 18085, 18086, 18087];
const READY_TIMEOUT_MS = 30_000;

const built = spawnSync(process.execPath, ['scripts/build-service.mjs'], { stdio: 'inherit' });
if (built.status !== 0) {
  process.exit(built.status ?? 1);
}

const SERVICE_PORT = 9877;
for (const port of [SERVICE_PORT, ...SIMULATOR_PORTS]) {
  if (await answers(port)) {
    console.error(`port ${port} on 127.0.0.1 is in use: is npm start already running? Stop it first.`);
    process.exit(1);
  }
}

let service = null;
const simulator = spawn(process.execPath, [BUNDLE, 'simulate-ofd'], { stdio: ['ignore', 'inherit', 'inherit'] });
simulator.once('exit', (code) => {
  if (service === null) {
    console.error(`the OFD simulator exited (${code}) before it was ready`);
    process.exit(1);
  }
});

/** Any HTTP answer means the port is served; only a refused connection means not yet. */
async function answers(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function waitForSimulator() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await Promise.all(SIMULATOR_PORTS.map(answers));
    if (ready.every(Boolean)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  simulator.kill('SIGTERM');
  throw new Error(`the OFD simulator did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopSimulator() {
  return new Promise((resolve) => {
    if (simulator.exitCode !== null) {
      resolve();
      return;
    }
    simulator.once('exit', resolve);
    simulator.kill('SIGTERM');
  });
}

try {
  await waitForSimulator();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

service = spawn(process.execPath, [BUNDLE, 'run', '--config', 'examples/kkt-monitor.yaml'], { stdio: 'inherit' });
// Ctrl-C reaches both children through the terminal; a plain kill of this script is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => service.kill(signal));
}
service.once('exit', async (code) => {
  await stopSimulator();
  process.exit(code ?? 0);
});
