import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The shared reference material beside the repository. */
const SAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');

const START = Date.UTC(2024, 2, 1, 8, 0, 0);
const STEP_MS = 3;

export type BenchFormat = 'frdrvng' | 'atol';

/**
 * Writes a driver log of the given number of lines, modelled on the shared samples: their lines in turn,
 * with times that advance, so the parsers and detection meet what they meet in the field.
 */
export function writeLog(path: string, format: BenchFormat, lines: number): void {
  const make = format === 'frdrvng' ? frDrvNgLine() : atolLine();
  const fd = openSync(path, 'w');
  let chunk = '';
  for (let i = 0; i < lines; i++) {
    chunk += `${make(i, START + i * STEP_MS)}\n`;
    if (chunk.length > 1 << 22) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

function stamp(ms: number, dateSeparator: string): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', dateSeparator)} ${iso.slice(11, 23)}`;
}

/** fr_drv_ng lines of the sample log: frames, return codes, errors and counters. */
function frDrvNgLine(): (i: number, ms: number) => string {
  const text = readFileSync(join(SAMPLES, 'logs', 'shtrih_fr_drv_ng.log'), 'utf8');
  const rest = text
    .split('\n')
    .filter((l) => l.startsWith('['))
    .map((l) => l.replace(/^\[[^\]]+\]/, ''));
  return (i, ms) => `[${stamp(ms, '-')}]${rest[i % rest.length]}`;
}

/** ATOL Driver 10 lines: the sample's messages, with one failed command result in 50. */
function atolLine(): (i: number, ms: number) => string {
  const fragments = readFileSync(join(SAMPLES, 'logs', 'atol_fptr10_message_fragments.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const full = readFileSync(join(SAMPLES, 'logs', 'atol_fptr10.log'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('[FiscalPrinter] '))
    .map((l) => l.slice(l.indexOf('[FiscalPrinter] ') + 16));
  const messages = [...fragments, ...full];
  const errors = readFileSync(join(SAMPLES, 'error-codes', 'atol_libfptr10_errors.tsv'), 'utf8')
    .split('\n')
    .filter((l) => /^[1-9]\d*\t/.test(l))
    .map((l) => l.split('\t'));

  return (i, ms) => {
    if (i % 50 === 49) {
      const [code, name] = errors[((i / 50) % errors.length) | 0];
      const result = `recv data { "e" : { "c" : ${code}, "d" : "${name}" }, "p" : [], "f" : null }`;
      return `${stamp(ms, '.')}       T:0000DAE0 ERROR [FiscalPrinter] ${result}`;
    }
    return `${stamp(ms, '.')}       T:0000DAE0 INFO  [FiscalPrinter] ${messages[i % messages.length]}`;
  };
}
