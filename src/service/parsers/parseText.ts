import { createParser } from './index';
import { type LogFormat, type LogRecord, type ParserOptions, type SkipReason } from './types';

export interface SkippedLine {
  /** 1-based line number. */
  line: number;
  reason: SkipReason;
}

export interface ParsedText {
  records: LogRecord[];
  skipped: SkippedLine[];
}

/**
 * Parses a whole text already in memory, as the collector would parse a file of it, with offsets counted
 * in UTF-8 bytes. For checks of sample and example logs; the collector itself streams.
 */
export function parseText(text: string, format: LogFormat, options: ParserOptions = {}): ParsedText {
  const parser = createParser(format, options);
  const records: LogRecord[] = [];
  const skipped: SkippedLine[] = [];

  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }

  let offset = 0;
  lines.forEach((line, i) => {
    const endOffset = offset + Buffer.byteLength(line) + (i < lines.length - 1 || text.endsWith('\n') ? 1 : 0);
    const output = parser.push({ text: line.endsWith('\r') ? line.slice(0, -1) : line, offset, endOffset });
    records.push(...output.records);
    if (output.skipped) {
      skipped.push({ line: i + 1, reason: output.skipped });
    }
    offset = endOffset;
  });

  records.push(...parser.flush());
  return { records, skipped };
}
