import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

import { type Cluster } from '../clustering/cluster';
import { bufferLines } from '../clustering/lines';
import { OfflineClustering, type Reading } from '../clustering/offline';
import { Progress } from '../clustering/progress';
import { isBinaryFile, sniffFormat } from '../clustering/sniff';
import { clusterTable } from '../clustering/table';
import { detect } from '../detect';
import { createParser, LOG_FORMATS, type LogFormat, type RawLine } from '../parsers';
import { type Command, parseOptions } from './command';

const FORMATS = LOG_FORMATS.filter((f) => f !== 'regex');
const DEFAULT_TOP = 50;
const PROGRESS_EVERY_LINES = 4096;

interface Options {
  format: LogFormat | null;
  raw: boolean;
  jsonl: boolean;
  top: number;
}

export const clusterCommand: Command = {
  summary: 'cluster the lines of log files and list the conditions behind them',
  usage:
    'kkt-monitor cluster [--format NAME | --raw] [--jsonl] [--top N] FILE...\n' +
    `  --format NAME  read the files as ${FORMATS.join(', ')} (default: guessed from the first lines)\n` +
    '  --raw          take every line as a bare message, with no header to split off\n' +
    '  --jsonl        print {"line": N, "cluster": "ID"} for every input line instead of the table\n' +
    `  --top N        clusters in the table (default ${DEFAULT_TOP}; 0 lists all)`,
  async run(args) {
    const options = readOptions(args);
    if (typeof options === 'string') {
      process.stderr.write(`kkt-monitor cluster: ${options}\nusage: ${this.usage}\n`);
      return 2;
    }

    const { files, ids, run } = clusterFiles(options.files, options);
    if (files === null) {
      return 1;
    }
    if (options.jsonl) {
      writeJsonl(files, ids);
    } else {
      writeTable([...run.engine.clusters.all()], options.top);
    }
    return 0;
  },
};

function readOptions(args: string[]): (Options & { files: string[] }) | string {
  let parsed;
  try {
    parsed = parseOptions(args, {
      format: { type: 'string' },
      raw: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      top: { type: 'string' },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }

  const { values, positionals } = parsed;
  const format = FORMATS.find((f) => f === values.format) ?? null;
  if (values.format !== undefined && format === null) {
    return `unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`;
  }
  if (format !== null && values.raw) {
    return '--format and --raw exclude each other';
  }
  const top = values.top === undefined ? DEFAULT_TOP : Number(values.top);
  if (!Number.isInteger(top) || top < 0) {
    return `--top wants a whole number, got "${values.top}"`;
  }
  if (positionals.length === 0) {
    return 'name at least one file';
  }
  return {
    format,
    raw: values.raw ?? false,
    jsonl: values.jsonl ?? false,
    top,
    files: positionals,
  };
}

interface FileRun {
  path: string;
  lines: number;
}

/** Reads and clusters every file; null files when one cannot be read (the reason is on stderr). */
function clusterFiles(paths: readonly string[], options: Options) {
  const run = new OfflineClustering();
  const sizes = paths.map((p) => sizeOf(p));
  if (sizes.some((s) => s === null)) {
    return { files: null, ids: [], run };
  }

  const progress = new Progress(
    sizes.reduce<number>((sum, s) => sum + (s ?? 0), 0),
    process.stderr
  );
  const files: FileRun[] = [];
  let before = 0;
  let lines = 0;
  for (const path of paths) {
    const buffer = readFileSync(path);
    const counted = counting(bufferLines(buffer), (line) => {
      lines++;
      if (lines % PROGRESS_EVERY_LINES === 0) {
        progress.update(before + line.endOffset, lines);
      }
    });
    const start = lines;
    run.file(basename(path), counted, reading(buffer, options), statSync(path).mtimeMs);
    files.push({ path, lines: lines - start });
    before += buffer.length;
  }
  progress.finish(lines);
  return { files, ids: run.finish(), run };
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    process.stderr.write(`kkt-monitor cluster: cannot read ${path}: ${reason}\n`);
    return null;
  }
}

function reading(buffer: Buffer, options: Options): Reading {
  const head = firstLines(buffer);
  if (isBinaryFile(head)) {
    return { kind: 'binary' };
  }
  if (options.raw) {
    return { kind: 'raw' };
  }

  const format = options.format ?? sniffFormat(head);
  return format === null ? { kind: 'raw' } : { kind: 'format', parser: createParser(format), detect };
}

function firstLines(buffer: Buffer): RawLine[] {
  const lines: RawLine[] = [];
  for (const line of bufferLines(buffer.subarray(0, 256 * 1024))) {
    lines.push(line);
  }
  return lines;
}

function* counting(lines: Iterable<RawLine>, each: (line: RawLine) => void): Generator<RawLine> {
  for (const line of lines) {
    each(line);
    yield line;
  }
}

function writeJsonl(files: readonly FileRun[], ids: readonly string[]): void {
  const several = files.length > 1;
  let index = 0;
  const out: string[] = [];
  for (const file of files) {
    for (let line = 1; line <= file.lines; line++) {
      const entry = several ? { file: file.path, line, cluster: ids[index++] } : { line, cluster: ids[index++] };
      out.push(JSON.stringify(entry));
      if (out.length >= 10_000) {
        process.stdout.write(out.splice(0).join('\n') + '\n');
      }
    }
  }
  if (out.length > 0) {
    process.stdout.write(out.join('\n') + '\n');
  }
}

function writeTable(clusters: Cluster[], top: number): void {
  clusters.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const shown = top === 0 ? clusters : clusters.slice(0, top);
  process.stdout.write(clusterTable(shown, process.stdout.columns ?? 160));
  if (shown.length < clusters.length) {
    process.stdout.write(`… ${clusters.length - shown.length} more clusters (--top 0 lists all)\n`);
  }
}
