import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the tests keep their executable, apart from dist/ so packaging and tests never race. */
const OUT = resolve('build/backend-test');

/**
 * The packaged linux/amd64 executable, built by scripts/build-backend.mjs. The script keeps an
 * executable whose bundle (and protocol files) hash the same as last time, so only the first run after a
 * change to the backend pays for the single-executable build. Test files run in parallel, so the build
 * holds a lock.
 */
export function packagedExecutable(): string {
  mkdirSync(resolve('build'), { recursive: true });
  const build = [process.execPath, 'scripts/build-backend.mjs', '--arch', 'amd64', '--out', OUT];
  execFileSync('flock', [resolve('build/backend-test.lock'), ...build], { stdio: ['ignore', 'ignore', 'inherit'] });
  return resolve(OUT, 'gpx_kkt_monitor_linux_amd64');
}
