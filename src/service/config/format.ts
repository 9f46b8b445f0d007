import { type z } from 'zod';

import { closest, settingsAt } from './suggest';

/** "collectors.files[0].format" from ["collectors", "files", 0, "format"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') {
      return undefined;
    }
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a mapping';
  }
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${String(value)}`;
}

/** Sentences for one validation issue, each naming the path and the reason. */
export function formatIssue(issue: z.core.$ZodIssue, input: unknown, schema?: z.ZodType): string[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = schema ? settingsAt(schema, issue.path, input) : null;
    return issue.keys.map((key) => unknownSetting([...issue.path, key], key, allowed));
  }
  return [describeIssue(issue, input)];
}

function unknownSetting(path: PropertyKey[], key: string, allowed: string[] | null): string {
  const guess = allowed ? closest(key, allowed) : null;
  return `${formatPath(path)}: unknown setting "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const key = issue.path.length > 0 ? String(issue.path[issue.path.length - 1]) : 'value';

  switch (issue.code) {
    case 'invalid_value':
      return `${path}: unknown ${key} ${describe(value)} (expected one of: ${issue.values.map(String).join(', ')})`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `${path}: unknown ${key} ${describe(value)} (expected one of: ${issue.options.map(String).join(', ')})`
        : `${path}: ${issue.message}`;
    case 'invalid_type':
      // A field that words its own message (a duration's unit, a host:port) keeps it.
      if (value !== undefined && !issue.message.startsWith('Invalid input')) {
        return `${path}: ${issue.message}`;
      }
      return value === undefined
        ? `${path}: required setting is missing (expected ${issue.expected})`
        : `${path}: expected ${issue.expected}, got ${describe(value)}`;
    case 'too_small':
      return `${path}: ${tooSmall(issue)}`;
    case 'too_big':
      return `${path}: ${tooBig(issue)}`;
    default:
      return `${path}: ${issue.message}`;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.origin === 'array') {
    return `needs at least ${String(issue.minimum)} item(s)`;
  }
  if (issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? 'must not be empty' : issue.message;
  }
  return `must be at least ${String(issue.minimum)}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  if (issue.origin === 'array') {
    return `takes at most ${String(issue.maximum)} item(s)`;
  }
  return issue.origin === 'string' ? issue.message : `must be at most ${String(issue.maximum)}`;
}
