import { type LogFormat } from '../parsers';

/** One input as `cluster` read it: where its lines sit among the ids, and what came of them. */
export interface FileRun {
  path: string;
  /** Lines read, and where they start among the ids. */
  lines: number;
  start: number;
  /** The file is no text at all, so every line of it was skipped. */
  binary: boolean;
  /** The format named with --format, if any. */
  format: LogFormat | null;
  /** Records (or bare messages) clustered. */
  records: number;
}

/**
 * Tells on stderr which inputs gave nothing to cluster and why: lines skipped as binary, or a file no line
 * of which reads in the format named. True when there was input yet nothing at all was clustered.
 */
export function reportProblems(files: readonly FileRun[], ids: readonly string[], formats: readonly string[]): boolean {
  let text = 0;
  for (const file of files) {
    const own = ids.slice(file.start, file.start + file.lines);
    const skipped = own.filter((id) => id === 'binary').length;
    const textLines = own.filter((id) => id !== 'binary' && id !== 'empty').length;
    text += textLines;
    if (skipped > 0) {
      problem(skippedSentence(file, skipped));
    }
    if (file.format !== null && file.records === 0 && textLines > 0) {
      problem(unreadSentence(file, file.format, formats));
    }
  }

  const clustered = files.reduce((sum, f) => sum + f.records, 0);
  const binary = files.some((f) => f.binary) || ids.includes('binary');
  return clustered === 0 && (text > 0 || binary);
}

function problem(sentence: string): void {
  process.stderr.write(`kkt-monitor cluster: ${sentence}\n`);
}

function skippedSentence(file: FileRun, skipped: number): string {
  if (file.binary) {
    return (
      `${file.path} is not a text log: most of its first lines are binary, as in a compressed or binary file, ` +
      `so all its ${file.lines} lines were skipped`
    );
  }
  return (
    `${file.path}: ${skipped} of ${file.lines} lines skipped as binary (a NUL byte, or many control or ` +
    'undecodable characters, as in space left zero-filled after a crash)'
  );
}

function unreadSentence(file: FileRun, format: LogFormat, formats: readonly string[]): string {
  const others = formats.filter((f) => f !== format).join(', ');
  return (
    `no line of ${file.path} reads as ${format}, so nothing in it was clustered: the file may be in another ` +
    `format; leave --format out to have it guessed, or name one of ${others}`
  );
}
