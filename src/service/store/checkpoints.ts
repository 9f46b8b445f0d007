import { type Db } from './db';

/** How far a file has been read. fileId and fingerprint tell a rotated or replaced file from the same one. */
export interface FileCheckpoint {
  collector: string;
  fileId: string;
  path: string;
  /** Byte offset up to which every line is stored. */
  offset: number;
  /** Size of the file when the offset was recorded. */
  size: number;
  /** Hash of the file's first bytes: survives a rename, changes when the file is replaced. */
  fingerprint: string;
}

interface Row {
  collector: string;
  file_id: string;
  path: string;
  offset: number;
  size: number;
  fingerprint: string;
}

/** Checkpoints live in the same database as the events, so both are written in one transaction. */
export class Checkpoints {
  private readonly upsertFile;
  private readonly upsertOfd;

  constructor(private readonly db: Db) {
    this.upsertFile = db.prepare(
      `INSERT INTO file_checkpoints (collector, file_id, path, offset, size, fingerprint, updated_at)
       VALUES (@collector, @fileId, @path, @offset, @size, @fingerprint, @now)
       ON CONFLICT (collector, file_id) DO UPDATE SET
         path = excluded.path, offset = excluded.offset, size = excluded.size,
         fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`
    );
    this.upsertOfd = db.prepare(
      `INSERT INTO ofd_checkpoints (account, device_id, cursor, updated_at) VALUES (@account, @deviceId, @cursor, @now)
       ON CONFLICT (account, device_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`
    );
  }

  saveFile(checkpoint: FileCheckpoint): void {
    this.upsertFile.run({ ...checkpoint, now: Date.now() });
  }

  files(collector: string): FileCheckpoint[] {
    const rows = this.db.prepare('SELECT * FROM file_checkpoints WHERE collector = ?').all(collector) as Row[];
    return rows.map((row) => ({
      collector: row.collector,
      fileId: row.file_id,
      path: row.path,
      offset: row.offset,
      size: row.size,
      fingerprint: row.fingerprint,
    }));
  }

  deleteFile(collector: string, fileId: string): void {
    this.db.prepare('DELETE FROM file_checkpoints WHERE collector = ? AND file_id = ?').run(collector, fileId);
  }

  /** An OFD collector's resume point for one register, as the collector encodes it. */
  saveOfd(account: string, deviceId: string, cursor: string): void {
    this.upsertOfd.run({ account, deviceId, cursor, now: Date.now() });
  }

  ofd(account: string, deviceId: string): string | null {
    const row = this.db
      .prepare('SELECT cursor FROM ofd_checkpoints WHERE account = ? AND device_id = ?')
      .get(account, deviceId) as { cursor: string } | undefined;
    return row?.cursor ?? null;
  }
}
