import { KktError } from '../errors';
import { type FormatRules, type UnreadTime, newRecord } from './engine';
import { levelOf } from './levels';
import { type TimeReader, configuredTimeReader } from './timeFormat';
import { type LogRecord, type ParserOptions, type RawLine } from './types';

/**
 * Logs of a layout no other format knows, described by ParserOptions.pattern: a regular expression with
 * the named groups time, level, thread, component and message, each optional (without message the whole
 * line is the message). The time group is read with ParserOptions.timeFormat; a line whose time group does
 * not read is skipped as bad_time, and one where it matched nothing has no time. A line the pattern does not
 * match is unparsable; this format has no continuation lines.
 */
export class RegexRules implements FormatRules {
  readonly format = 'regex';
  private readonly pattern: RegExp;
  private readonly readTime: TimeReader;

  constructor(options: ParserOptions) {
    this.pattern = compilePattern(options.pattern);
    this.readTime = configuredTimeReader(options.timeFormat, options.timeZone);
  }

  header(line: RawLine): LogRecord | UnreadTime | null {
    const groups = this.pattern.exec(line.text)?.groups;
    if (!groups) {
      return null;
    }

    const written = groups.time?.trim() ? groups.time : null;
    const time = written === null ? null : this.readTime(written);
    if (written !== null && time === null) {
      return { unreadTime: written };
    }
    return newRecord(
      line,
      time,
      groups.level === undefined ? null : levelOf(groups.level.trim()),
      groups.thread ?? null,
      groups.component?.trim() ?? null,
      groups.message ?? line.text
    );
  }
}

function compilePattern(pattern: string | undefined): RegExp {
  if (!pattern) {
    throw new KktError('CONFIG_INVALID', 'format regex needs a pattern with named groups');
  }

  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern);
  } catch (error) {
    throw new KktError('CONFIG_INVALID', `pattern is not a regular expression: ${errorText(error)}`);
  }
  if (!/\(\?<(time|level|thread|component|message)>/.test(pattern)) {
    throw new KktError('CONFIG_INVALID', 'pattern has none of the groups time, level, thread, component, message');
  }
  return compiled;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
