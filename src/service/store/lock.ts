import Database from 'better-sqlite3';

import { KktError } from '../errors';

/**
 * One service per store. Two processes on one file would each follow the same logs and count the same
 * lines in their own metrics. The lock is an exclusive transaction held open on a small file beside the
 * store: the operating system drops it when the process dies, so a crash leaves nothing to clean up.
 */
export class StoreLock {
  private constructor(private readonly db: Database.Database) {}

  static acquire(storePath: string): StoreLock {
    if (storePath === ':memory:') {
      return new StoreLock(new Database(':memory:'));
    }

    const db = new Database(`${storePath}-lock`, { timeout: 0 });
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new KktError('STORE_IN_USE', `storage.path ${storePath}: stop it, or give this one its own storage.path`);
      }
      throw error;
    }
    return new StoreLock(db);
  }

  release(): void {
    if (this.db.open) {
      this.db.close();
    }
  }
}
