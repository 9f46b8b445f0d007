import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench [suite ...]`: runs each suite in bench/suites in its own process, so one suite's heap
 * and peak RSS never colour another's. Each suite prints its own table.
 */
const suitesDir = join(__dirname, 'suites');
const wanted = process.argv.slice(2);
const suites = readdirSync(suitesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

if (suites.length === 0) {
  process.stderr.write(`no bench suite matches ${wanted.join(', ')}\n`);
  process.exit(2);
}

let failed = 0;
for (const suite of suites) {
  process.stdout.write(`\n## ${suite}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(suitesDir, `${suite}.ts`)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`suite ${suite} failed (exit ${result.status})\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
