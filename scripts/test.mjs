// The whole check behind `npm test`: lint, type-check, the plugin build (the offline checks read dist/),
// the node:test suites and the Jest suites.
// Every stage runs even when an earlier one fails, and the last line sums the tests of both runners.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const jestReport = join(mkdtempSync(join(tmpdir(), 'kkt-jest-')), 'report.json');

const stages = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '--cache', '.'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '--log-level=warn', '.'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'plugin build', cmd: 'npm', args: ['run', '--silent', 'build:plugin'] },
  { name: 'node tests', cmd: 'node', args: ['scripts/test-node.mjs'], counts: nodeCounts },
  {
    name: 'jest tests',
    cmd: 'npx',
    args: ['jest', '--ci', '--json', `--outputFile=${jestReport}`],
    counts: jestCounts,
  },
];

function run(stage) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(stage.cmd, stage.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function nodeCounts(output) {
  const pick = (key) => Number((output.match(new RegExp(`ℹ ${key} (\\d+)`)) ?? [])[1] ?? 0);
  return { passed: pick('pass'), failed: pick('fail') + pick('cancelled') };
}

function jestCounts() {
  try {
    const report = JSON.parse(readFileSync(jestReport, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return { passed: 0, failed: 0 };
  }
}

let passed = 0;
let failed = 0;
const failedStages = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}`);
  const { code, output } = await run(stage);
  if (stage.counts) {
    const counts = stage.counts(output);
    passed += counts.passed;
    failed += counts.failed;
  }
  if (code !== 0) {
    failedStages.push(stage.name);
  }
}

if (failedStages.length > 0) {
  console.log(`\nfailed stages: ${failedStages.join(', ')}`);
}
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failedStages.length > 0 ? 1 : 0);
