import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { fileProblem } from '../fileProblem';

/** A file named to `cluster` that can be read, or "-" for stdin, read at once. */
export interface Input {
  path: string;
  /** What the device column shows: the file's name. */
  name: string;
  size: number;
  /** Year for log lines written without one, as the file collector takes it: the file's modification year. */
  year: number;
  /** stdin's bytes, read while checking; a file's are read when its turn comes. */
  bytes: Buffer | null;
}

/** An input, or a sentence that says why it cannot be read. */
export type Checked = { input: Input } | { problem: string };

const DIRECTORY_SCAN_ENTRIES = 1000;
const DIRECTORY_SCAN_DEPTH = 4;
const FILES_NAMED = 3;

/** Checks that a path can be clustered before any work starts, so its problem is told first. */
export function checkInput(path: string): Checked {
  if (path === '-') {
    const bytes = readFileSync(0);
    return { input: { path, name: 'stdin', size: bytes.length, year: new Date().getUTCFullYear(), bytes } };
  }

  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      return { problem: directoryProblem(path) };
    }
    const year = new Date(stat.mtimeMs).getUTCFullYear();
    return { input: { path, name: basename(path), size: stat.size, year, bytes: null } };
  } catch (error) {
    return { problem: unreadable(path, error) };
  }
}

/** An input's bytes, or the sentence that says why they cannot be read (a file may be stat-able but not readable). */
export function readInput(input: Input): Buffer | string {
  try {
    return input.bytes ?? readFileSync(input.path);
  } catch (error) {
    return unreadable(input.path, error);
  }
}

function unreadable(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') {
    return `there is no file ${path}: check the name and the current directory`;
  }
  return code === 'ENOTDIR'
    ? `there is no file ${path}: ${fileProblem(error)}`
    : `${path} cannot be read: ${fileProblem(error)}`;
}

/** Names a few files inside, and the glob that passes them all, at the depth that holds the most files. */
function directoryProblem(path: string): string {
  const files = filesUnder(path);
  if (files.length === 0) {
    return `${path} is a directory with no files in it: name the log files to cluster`;
  }

  const depth = commonestDepth(files);
  const named = files.filter((f) => f.depth === depth).slice(0, FILES_NAMED);
  const glob = join(path, ...Array<string>(depth).fill('*'));
  const examples = named.map((f) => f.path).join(' ') + (files.length > named.length ? ' ...' : '');
  const advice = `name the log files in it (${examples}), or pass them with a glob: kkt-monitor cluster ${glob}`;
  return `${path} is a directory: ${advice}`;
}

interface Found {
  path: string;
  depth: number;
}

/** Files below a directory, breadth first and sorted, up to a bound so a huge tree costs little. */
function filesUnder(root: string): Found[] {
  const found: Found[] = [];
  let level = [root];
  let seen = 0;
  for (let depth = 1; depth <= DIRECTORY_SCAN_DEPTH && level.length > 0 && seen < DIRECTORY_SCAN_ENTRIES; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of entriesOf(dir)) {
        seen++;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          next.push(path);
        } else if (entry.isFile()) {
          found.push({ path, depth });
        }
      }
    }
    level = next;
  }
  return found;
}

function entriesOf(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

function commonestDepth(files: readonly Found[]): number {
  const counts = new Map<number, number>();
  files.forEach((f) => counts.set(f.depth, (counts.get(f.depth) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
