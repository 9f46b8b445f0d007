import { readFileSync } from 'node:fs';

import { parseDocument } from 'yaml';

import { KktError } from '../errors';
import { expandEnvironment, type MissingVariable } from './expand';
import { formatIssue, formatPath } from './format';
import { type Config, configSchema } from './schema';

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
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KktError('CONFIG_UNREADABLE', `${file}: ${(error as Error).message}`, { cause: error });
  }
  return parseConfig(text, file, env);
}

/** Parses YAML, expands the environment and validates; every problem is reported, not just the first. */
export function parseConfig(text: string, file = '<config>', env: NodeJS.ProcessEnv = process.env): Config {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      file,
      document.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`)
    );
  }

  const missing: MissingVariable[] = [];
  const raw = expandEnvironment(document.toJS() ?? {}, env, missing);
  const problems = missing.map(
    (m) => `${formatPath(m.path)}: environment variable ${m.name} is not set and has no default`
  );

  const result = configSchema.safeParse(raw);
  if (!result.success) {
    problems.push(...result.error.issues.map((issue) => formatIssue(issue, raw)));
  }
  if (problems.length > 0 || !result.success) {
    throw new ConfigError(file, problems);
  }
  return result.data;
}
