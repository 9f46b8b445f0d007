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
import { EchoFilter } from './echo';
import { ReadTail } from './readTail';

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
  /** The bytes just before the read offset, to notice the file rewritten under it. */
  readonly tail = new ReadTail();
  readonly echoes = new EchoFilter();

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
   * Checks that the file still holds what was read: the bytes just before the read offset and, while
   * they lie within the first bytes or the fingerprint is short, the fingerprint, which grows with the
   * file. Mostly one small read. False means the file was truncated and written anew.
   */
  async verifyContent(): Promise<boolean> {
    const short = this.fingerprint.length < FINGERPRINT_BYTES;
    const head = short || this.tail.start === 0 ? await readHead(this.handle) : null;
    if (head && !this.verifyHead(head)) {
      return false;
    }
    return this.tail.matches(this.handle, head);
  }

  /** Whether the file still starts as fingerprinted; a short fingerprint is lengthened as the file grows. */
  private verifyHead(head: Buffer): boolean {
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
