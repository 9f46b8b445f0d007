import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ClusterEngine } from '../../../src/service/clustering/engine';
import { bufferLines } from '../../../src/service/clustering/lines';
import { OfflineClustering } from '../../../src/service/clustering/offline';
import { tokenise } from '../../../src/service/clustering/tokens';
import { peakRssMb, printTable, time } from '../../harness';
import { loadDatasets } from './loghub';

const LINES = 1_000_000;
const RUNS = 3;

/**
 * Lines per second through template mining on a 1M-line file made from the Loghub messages, beside two
 * baselines measured in the same run: splitting at whitespace, and the product's tokeniser (split and mask).
 */
export async function speed(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-bench-'));
  try {
    const file = join(dir, 'lines.log');
    writeFileSync(file, syntheticLines().join('\n') + '\n');
    const buffer = readFileSync(file);
    const lines = buffer.toString('utf8').split('\n').slice(0, LINES);
    await measure(lines, buffer);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Loghub messages repeated to a million lines; each repeat shifts every digit, so values vary. */
function syntheticLines(): string[] {
  const base = loadDatasets().flatMap((d) => d.messages);
  const lines: string[] = [];
  for (let round = 0; lines.length < LINES; round++) {
    for (const message of base.slice(0, LINES - lines.length)) {
      lines.push(round === 0 ? message : message.replace(/\d/g, (d) => String((Number(d) + round) % 10)));
    }
  }
  return lines;
}

type Mode = (lines: readonly string[], buffer: Buffer) => void;

/** Each mode once per round, rounds interleaved, so a busy moment on a shared machine hits all alike. */
async function measure(lines: readonly string[], buffer: Buffer): Promise<void> {
  const counts = { words: 0, tokens: 0 };
  const warm = lines.slice(0, 100_000);
  let engine = newEngine();
  const modes: Array<[string, Mode]> = [
    ['split at whitespace', (ls) => ls.forEach((l) => (counts.words += l.trim().split(/\s+/).length))],
    ['tokenise (split and mask)', (ls) => ls.forEach((l) => (counts.tokens += tokenise(l).length))],
    ['template mining (engine)', (ls) => (engine = mine(ls))],
    ['kkt-monitor cluster --raw path', (_, b) => cliPath(b)],
  ];

  modes.forEach(([, mode]) => mode(warm, Buffer.from(warm.join('\n'))));
  const seconds = modes.map((): number[] => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, [, mode]] of modes.entries()) {
      seconds[i].push(await time(() => mode(lines, buffer)));
    }
  }
  const merge = await time(() => engine.merge());

  const medians = seconds.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
  const [split, tokeniser] = medians;
  printTable(
    `Speed on ${lines.length.toLocaleString('en-US')} lines (median of ${RUNS} interleaved runs)`,
    modes.map(([what], i) => ({
      what,
      'lines/s': Math.round(lines.length / medians[i]),
      'vs tokeniser': tokeniser / medians[i],
      'vs split': split / medians[i],
    }))
  );
  process.stdout.write(
    `\nAfter mining: ${engine.table.size} templates, ${engine.clusters.size} clusters, ` +
      `${engine.table.evictions} evictions; final merge ${(merge * 1000).toFixed(0)} ms; peak RSS ${peakRssMb()} MB.\n` +
      `Per line: ${perLine(warm, (l) => l.trim().split(/\s+/).length)} words, ` +
      `${perLine(warm, (l) => tokenise(l).length)} tokens after masking.\n` +
      'Published Python Drain: about 8,500 lines/s.\n'
  );
}

function perLine(lines: readonly string[], count: (line: string) => number): string {
  return (lines.reduce((sum, l) => sum + count(l), 0) / lines.length).toFixed(1);
}

function newEngine(): ClusterEngine {
  return new ClusterEngine({ maxTemplates: 5000, noveltyWindow: 86_400_000 });
}

function mine(lines: readonly string[]): ClusterEngine {
  const engine = newEngine();
  for (const message of lines) {
    engine.add({ condition: null, deviceId: 'd', time: 0, message, severity: 'info' });
  }
  return engine;
}

function cliPath(buffer: Buffer): number {
  const run = new OfflineClustering();
  run.file('lines.log', bufferLines(buffer), { kind: 'raw' });
  return run.finish().length;
}
