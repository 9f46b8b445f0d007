import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Lines that are each unique, so a lost or repeated line is visible: "<prefix> 0001", "<prefix> 0002", ... */
export function numbered(prefix: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${String(from + i).padStart(4, '0')}`);
}

/** Path of a register's log under the logs directory, its directory created. */
export function logFile(logs: string, device = 'kkt-01', name = 'driver.log'): string {
  mkdirSync(join(logs, device), { recursive: true });
  return join(logs, device, name);
}

export function appendLines(path: string, lines: readonly string[], eol = '\n'): void {
  appendFileSync(path, lines.map((line) => `${line}${eol}`).join(''));
}

export function sorted(lines: readonly string[]): string[] {
  return [...lines].sort();
}

/** A file of the shared reference material, which sits beside the repository as ../shared. */
export function sharedFile(...parts: string[]): string {
  return join(__dirname, '..', '..', '..', 'shared', ...parts);
}
