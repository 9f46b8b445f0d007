import { type SkipReason } from '../../parsers/types';
import { type Batch } from './batch';

/**
 * Counts lines only once the checkpoint may pass them. The lines of a pending multi-line record lie past
 * the checkpoint, so a collector recreated by a reload, or a restart, reads them again; they are held
 * here, uncounted, until their record completes, and counted by whichever reader completes it.
 */
export class HeldLines {
  private readonly held = new Map<SkipReason | null, number>();
  /** Start of the pending record the held lines belong to. */
  private heldFrom: number | null = null;

  /** Counts a line into the batch, or holds it when it belongs to the record pending at `pending`. */
  count(batch: Batch, offset: number, reason: SkipReason | null, pending: number | null): void {
    // A pending record only ever gives way to one that starts at the current line, or to none.
    if (pending !== this.heldFrom) {
      this.release(batch);
      this.heldFrom = pending;
    }

    if (pending !== null && offset >= pending) {
      this.held.set(reason, (this.held.get(reason) ?? 0) + 1);
    } else {
      batch.countLine(reason);
    }
  }

  /** Counts every held line: their record is complete, or final. */
  release(batch: Batch): void {
    for (const [reason, count] of this.held) {
      batch.countLine(reason, count);
    }
    this.held.clear();
    this.heldFrom = null;
  }
}
