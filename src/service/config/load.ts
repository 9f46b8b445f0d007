import { readFileSync, statSync } from 'node:fs';

import { parseDocument } from 'yaml';

import { KktError } from '../errors';
import { expandEnvironment, type MissingVariable } from './expand';
import { formatIssue, formatPath } from './format';
import { type Config, configSchema } from './schema';

/** A configuration file larger than this is a mistake (a log or a dump), not a configuration. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Problems listed at most; the rest are counted, so a broken generator's output stays readable. */
const MAX_PROBLEMS = 50;

/** The configuration could not be used; problems lists one sentence per problem. */
export class ConfigError extends KktError {
  constructor(
    readonly file: string,
    readonly problems: string[]
  ) {
    super('CONFIG_INVALID', `${file}\n  ${problems.join('\n  ')}`);
  }
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): Config {
  let text: string;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      throw new ConfigError(file, [`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`]);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) {
      throw error;
    }
    throw new KktError('CONFIG_UNREADABLE', `${file}: ${(error as Error).message}`, { cause: error });
  }
  return parseConfig(text, file, env);
}

/** Parses YAML, expands the environment and validates; every problem is reported, not just the first. */
export function parseConfig(text: string, file = '<config>', env: NodeJS.ProcessEnv = process.env): Config {
  const raw = readYaml(text, file);
  const missing: MissingVariable[] = [];
  const expanded = expandEnvironment(raw, env, missing);
  const problems = missing.map(
    (m) => `${formatPath(m.path)}: environment variable ${m.name} is not set and has no default`
  );

  const result = configSchema.safeParse(expanded);
  if (!result.success) {
    // A value whose variable is missing fails validation too; saying so twice only hides the cause.
    const blank = new Set(missing.map((m) => formatPath(m.path)));
    for (const issue of result.error.issues) {
      if (!blank.has(formatPath(issue.path))) {
        problems.push(...formatIssue(issue, expanded, configSchema));
      }
    }
  }
  if (problems.length > 0 || !result.success) {
    throw new ConfigError(file, capped(problems));
  }
  return result.data;
}

function readYaml(text: string, file: string): unknown {
  if (text.trim() === '' || text.replace(/^\s*#.*$/gm, '').trim() === '') {
    // An empty file is usually one caught half-written; running on defaults would stop every collector.
    throw new ConfigError(file, ['the file is empty; a configuration names at least its collectors']);
  }

  try {
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.some((e) => e.message.includes('call stack'))) {
      throw new RangeError('too deep');
    }
    if (document.errors.length > 0) {
      throw new ConfigError(file, capped(document.errors.map((e) => `YAML: ${firstLine(e.message)}`)));
    }
    return document.toJS() ?? {};
  } catch (error) {
    // The YAML parser recurses per level of nesting; thousands of levels are no configuration.
    if (error instanceof RangeError) {
      throw new ConfigError(file, ['YAML: the document nests too deeply to be a configuration']);
    }
    throw error;
  }
}

/** The YAML library's first line, without the colon that introduced its source excerpt. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:\s*$/, '');
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) {
    return problems;
  }
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more problems`];
}
