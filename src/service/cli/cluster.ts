import { fileLines } from '../clustering/fileLines';
import { OfflineClustering, type Reading } from '../clustering/offline';
import { Progress } from '../clustering/progress';
import { isBinaryFile, sniffFormat } from '../clustering/sniff';
import { clusterTable } from '../clustering/table';
import { detect } from '../detect';
import { createParser, LOG_FORMATS, type LogFormat } from '../parsers';
import { checkInput, type Input, readInput } from './clusterInput';
import { type FileRun, reportProblems } from './clusterReport';
import { type Command, parseOptions } from './command';

const FORMATS = LOG_FORMATS.filter((f) => f !== 'regex');
const DEFAULT_TOP = 50;
const PROGRESS_EVERY_LINES = 4096;
const HEAD_BYTES = 256 * 1024;

interface Options {
  format: LogFormat | null;
  raw: boolean;
  jsonl: boolean;
  top: number;
}

export const clusterCommand: Command = {
  summary: 'cluster the lines of log files and list the conditions behind them',
  usage:
    'kkt-monitor cluster [--format NAME | --raw] [--jsonl] [--top N] FILE... (- reads stdin)\n' +
    `  --format NAME  read the files as ${FORMATS.join(', ')} (default: guessed from the first lines)\n` +
    '  --raw          take every line as a bare message, with no header to split off\n' +
    '  --jsonl        print {"line": N, "cluster": "ID"} for every input line instead of the table\n' +
    `  --top N        clusters in the table, the most severe first (default ${DEFAULT_TOP}; 0 lists all)`,
  async run(args) {
    const options = readOptions(args);
    if (typeof options === 'string') {
      process.stderr.write(`kkt-monitor cluster: ${options}\nusage: ${this.usage}\n`);
      return 2;
    }

    const inputs = checkInputs(options.files);
    if (inputs.length === 0) {
      return 1;
    }

    const { files, ids, run } = clusterInputs(inputs, options);
    if (options.jsonl) {
      writeJsonl(files, ids, options.files.length > 1);
    } else if (run.engine.clusters.size > 0) {
      process.stdout.write(clusterTable([...run.engine.clusters.all()], process.stdout.columns ?? 160, options.top));
    }
    const unread = files.length < options.files.length;
    return reportProblems(files, ids, FORMATS) || unread ? 1 : 0;
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
    return 'name at least one file, or - for stdin';
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    return 'stdin (-) can be read only once';
  }
  return {
    format,
    raw: values.raw ?? false,
    jsonl: values.jsonl ?? false,
    top,
    files: positionals,
  };
}

/** The inputs that can be read; the problem of each other one goes to stderr first. */
function checkInputs(paths: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    const checked = checkInput(path);
    if ('problem' in checked) {
      process.stderr.write(`kkt-monitor cluster: ${checked.problem}\n`);
    } else {
      inputs.push(checked.input);
    }
  }
  return inputs;
}

/** Reads and clusters every input in turn, with progress over their bytes on stderr. */
function clusterInputs(inputs: readonly Input[], options: Options) {
  const run = new OfflineClustering();
  const progress = new Progress(
    inputs.reduce((sum, i) => sum + i.size, 0),
    process.stderr
  );
  const files: FileRun[] = [];
  let before = 0;
  let lines = 0;
  for (const input of inputs) {
    const bytes = readInput(input);
    if (typeof bytes === 'string') {
      process.stderr.write(`kkt-monitor cluster: ${bytes}\n`);
      continue;
    }

    const counted = counting(fileLines(bytes), (endOffset) => {
      lines++;
      if (lines % PROGRESS_EVERY_LINES === 0) {
        progress.update(before + endOffset, lines);
      }
    });
    const start = lines;
    const how = reading(bytes, input.year, options);
    const records = run.file(input.name, counted, how);
    const binary = how.kind === 'binary';
    files.push({ path: input.path, lines: lines - start, start, binary, format: options.format, records });
    before += bytes.length;
  }
  progress.finish(lines);
  return { files, ids: run.finish(), run };
}

/** How to read a file, judged on its head as decoded by the file collector's parts. */
function reading(bytes: Buffer, year: number, options: Options): Reading {
  const head = [...fileLines(bytes.subarray(0, HEAD_BYTES), bytes.length <= HEAD_BYTES)];
  if (isBinaryFile(head)) {
    return { kind: 'binary' };
  }
  if (options.raw) {
    return { kind: 'raw', detect };
  }

  const format = options.format ?? sniffFormat(head);
  const parser = format === null ? null : createParser(format, { defaultYear: year });
  return parser === null ? { kind: 'raw', detect } : { kind: 'format', parser, detect };
}

function* counting<T extends { endOffset: number }>(lines: Iterable<T>, each: (endOffset: number) => void) {
  for (const line of lines) {
    each(line.endOffset);
    yield line;
  }
}

function writeJsonl(files: readonly FileRun[], ids: readonly string[], several: boolean): void {
  const out: string[] = [];
  for (const file of files) {
    for (let line = 1; line <= file.lines; line++) {
      const cluster = ids[file.start + line - 1];
      out.push(JSON.stringify(several ? { file: file.path, line, cluster } : { line, cluster }));
      if (out.length >= 10_000) {
        process.stdout.write(out.splice(0).join('\n') + '\n');
      }
    }
  }
  if (out.length > 0) {
    process.stdout.write(out.join('\n') + '\n');
  }
}
