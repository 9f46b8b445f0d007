import { type FileCheckpoint } from '../../store/checkpoints';
import { type Store } from '../../store/store';

/** How long a checkpoint no file continues is kept, in case its file comes back (a remount, a late copy). */
export const FORGET_AFTER_MS = 24 * 3_600_000;

/**
 * Checkpoints that no open file holds: all of them at start, and those of files that were truncated or
 * left the globs. A file found later may continue one; the rest are forgotten after FORGET_AFTER_MS.
 */
export class CheckpointPool {
  private readonly free = new Map<string, { checkpoint: FileCheckpoint; since: number }>();

  constructor(
    private readonly collector: string,
    private readonly store: Store
  ) {}

  load(now: number): void {
    for (const checkpoint of this.store.checkpoints.files(this.collector)) {
      this.free.set(checkpoint.fileId, { checkpoint, since: now });
    }
  }

  values(): FileCheckpoint[] {
    return [...this.free.values()].map((entry) => entry.checkpoint);
  }

  release(checkpoint: FileCheckpoint, now: number): void {
    this.free.set(checkpoint.fileId, { checkpoint, since: now });
  }

  take(fileId: string): void {
    this.free.delete(fileId);
  }

  /** Drops the checkpoint of a file that is gone for good. */
  remove(fileId: string): void {
    this.free.delete(fileId);
    this.store.checkpoints.deleteFile(this.collector, fileId);
  }

  forgetStale(now: number): void {
    for (const [fileId, entry] of this.free) {
      if (now - entry.since >= FORGET_AFTER_MS) {
        this.remove(fileId);
      }
    }
  }
}
