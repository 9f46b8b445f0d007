import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import Database from 'better-sqlite3';

import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** Opens the store file with WAL and brings its schema up to date. ":memory:" works for tests. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') {
    ensureDirectory(dirname(path));
  }

  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL loses at most the last transactions on power loss, never consistency;
  // the file collector re-reads from its checkpoint, which is in the same transactions.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/**
 * Creates a directory and its missing parents one level at a time. Node's recursive mkdir spins forever
 * under some read-only trees (e.g. /proc); one level at a time, the first refusal is an error.
 */
export function ensureDirectory(path: string): void {
  if (existsSync(path)) {
    return;
  }
  const parent = dirname(path);
  if (parent !== path) {
    ensureDirectory(parent);
  }
  mkdirSync(path);
}

export function migrate(db: Db): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(
      `the store was written by a newer version (schema ${applied}, this version knows ${MIGRATIONS.length})`
    );
  }

  for (let version = applied; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
