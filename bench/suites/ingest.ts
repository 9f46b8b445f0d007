import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Row, printTable } from '../harness';
import { type BenchFormat, writeLog } from './ingest/generate';

/**
 * Lines per second of the whole file collector path (read, decode, parse, detect, store into a real
 * SQLite file) over a driver log of a million lines, beside a baseline measured in the same run that
 * only reads the file and splits it into lines, and the same path with the events dropped instead of
 * stored, which shows the store's share. Each run is a process of its own, for its peak RSS.
 */
const LINES = Number(process.env.KKT_BENCH_LINES ?? 1_000_000);
const RUNS = 3;
const FORMATS: BenchFormat[] = ['frdrvng', 'atol'];

interface Run {
  seconds: number;
  lines: number;
  events: number;
  rssMb: number;
}

function measure(args: string[]): Run {
  const child = join(__dirname, 'ingest', 'child.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, ...args], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`bench child failed: ${result.stderr}`);
  }
  return toRun(JSON.parse(result.stdout.trim().split('\n').pop() ?? ''));
}

function toRun(value: unknown): Run {
  const field = (key: keyof Run) => {
    const v =
      typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined;
    if (typeof v !== 'number') {
      throw new Error(`bench child printed no ${key}`);
    }
    return v;
  };
  return { seconds: field('seconds'), lines: field('lines'), events: field('events'), rssMb: field('rssMb') };
}

function medianBy(runs: Run[], key: keyof Run): number {
  const values = runs.map((r) => r[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

function benchFormat(dir: string, format: BenchFormat): Row[] {
  const log = join(dir, `${format}.log`);
  writeLog(log, format, LINES);
  const baseline: Run[] = [];
  const unstored: Run[] = [];
  const pipeline: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(measure(['baseline', log]));
    unstored.push(measure(['unstored', log, format, join(dir, `${format}-u${i}.db`)]));
    pipeline.push(measure(['collector', log, format, join(dir, `${format}-${i}.db`)]));
  }

  const baseRate = LINES / medianBy(baseline, 'seconds');
  const row = (what: string, runs: Run[]): Row => ({
    format,
    what,
    lines: medianBy(runs, 'lines'),
    'error events': medianBy(runs, 'events'),
    seconds: medianBy(runs, 'seconds'),
    'lines/s': Math.round(LINES / medianBy(runs, 'seconds')),
    'ratio to baseline': LINES / medianBy(runs, 'seconds') / baseRate,
    'peak RSS MB': medianBy(runs, 'rssMb'),
  });
  return [
    row('read + split (baseline)', baseline),
    row('file collector, events not stored', unstored),
    row('file collector into SQLite', pipeline),
  ];
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-bench-ingest-'));
  try {
    const rows = FORMATS.flatMap((format) => benchFormat(dir, format));
    printTable(`Ingest of ${LINES.toLocaleString('en-US')} log lines, median of ${RUNS} runs`, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
