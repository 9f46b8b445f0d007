import { type FileHandle } from 'node:fs/promises';

import { type FileCheckpoint } from '../../store/checkpoints';
import { type FoundFile } from './discovery';
import {
  type Fingerprint,
  FINGERPRINT_BYTES,
  fingerprintOf,
  formatFingerprint,
  matchesHead,
  readHead,
} from './fingerprint';
import { type FilePipeline } from './pipeline';

/** Why a followed file stopped being the one at its path. */
export type Departure = 'rename' | 'delete';

/**
 * A file being followed through an open descriptor, so it can be read to its end after a rename or a
 * delete. fileId names its content: it changes when the file is truncated, never when it moves.
 */
export class TrackedFile {
  /** Offset up to which every line is stored. */
  committed: number;
  /** Size and modification time at the last check, to skip files that did not change. */
  size: number;
  mtimeMs: number;
  lastDataAt: number;
  /** Set when the path stopped leading here; the file is closed rotateWait after. */
  departed: { kind: Departure; at: number } | null = null;
  /** The last read reached the end of the file. */
  atEnd = false;

  constructor(
    public fileId: string,
    public path: string,
    readonly deviceId: string,
    readonly handle: FileHandle,
    readonly found: Pick<FoundFile, 'dev' | 'ino'>,
    public fingerprint: Fingerprint,
    public pipeline: FilePipeline,
    now: number
  ) {
    this.committed = pipeline.checkpoint;
    this.size = 0;
    this.mtimeMs = 0;
    this.lastDataAt = now;
  }

  checkpoint(collector: string, offset: number): FileCheckpoint {
    return {
      collector,
      fileId: this.fileId,
      path: this.path,
      offset,
      size: Math.max(this.size, offset),
      fingerprint: formatFingerprint(this.fingerprint),
    };
  }

  /**
   * Checks that the file still starts with the bytes it was fingerprinted by, and lengthens a short
   * fingerprint as the file grows. False means it was truncated and written anew.
   */
  async verifyStart(): Promise<boolean> {
    const head = await readHead(this.handle);
    if (!matchesHead(this.fingerprint, head)) {
      return false;
    }
    if (this.fingerprint.length < FINGERPRINT_BYTES && head.length > this.fingerprint.length) {
      this.fingerprint = fingerprintOf(head);
    }
    return true;
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
