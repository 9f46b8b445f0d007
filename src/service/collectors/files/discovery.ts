import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';

import fg from 'fast-glob';

/** A file the globs found, with what stat said about it this round. */
export interface FoundFile {
  path: string;
  /** Device and inode, as text: exact even where they exceed 2^53. */
  dev: string;
  ino: string;
  size: number;
  mtimeMs: number;
}

/** Lists the files the globs match now, keyed by absolute path; a file that vanishes meanwhile is left out. */
export async function discover(paths: readonly string[], exclude: readonly string[]): Promise<Map<string, FoundFile>> {
  const entries = await fg(paths.map(anchor), {
    ignore: exclude.map(anchor),
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: true,
    suppressErrors: true,
    dot: true,
  });

  const stats = await Promise.all(entries.map(statFile));
  const found = new Map<string, FoundFile>();
  for (const file of stats) {
    if (file) {
      found.set(file.path, file);
    }
  }
  return found;
}

async function statFile(path: string): Promise<FoundFile | null> {
  try {
    const st = await stat(path, { bigint: true });
    if (!st.isFile()) {
      return null;
    }
    return { path, dev: String(st.dev), ino: String(st.ino), size: Number(st.size), mtimeMs: Number(st.mtimeMs) };
  } catch {
    return null;
  }
}

/** Makes relative patterns absolute against the working directory, so paths and excludes agree. */
function anchor(pattern: string): string {
  if (isAbsolute(pattern) || pattern.startsWith('**')) {
    return pattern.replace(/\\/g, '/');
  }
  return `${fg.convertPathToPattern(process.cwd())}/${pattern.replace(/^\.\//, '')}`;
}
