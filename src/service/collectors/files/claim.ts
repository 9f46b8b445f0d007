import { type FileCheckpoint } from '../../store/checkpoints';
import { type FoundFile } from './discovery';
import { hintsOf, isStrong, matchesHead, parseFingerprint } from './fingerprint';

/** What a newly found file is, judged against the checkpoints no open file holds. */
export type Claim =
  /** The same file as a checkpoint (same first bytes, long enough): resume at its offset. */
  | { kind: 'resume'; checkpoint: FileCheckpoint }
  /** The same file, shorter than its checkpoint: it was truncated while nobody watched. */
  | { kind: 'truncated'; checkpoint: FileCheckpoint }
  /** Another file now stands at a checkpoint's path: replaced by a rename, or truncated and rewritten. */
  | { kind: 'replaced'; checkpoint: FileCheckpoint; sameInode: boolean }
  | { kind: 'new' };

/**
 * Finds the checkpoint a file continues. Fingerprints decide; path and inode break ties between equal
 * fingerprints and are required when a fingerprint is short, since a few bytes say little.
 */
export function claim(file: FoundFile, head: Buffer, unbound: Iterable<FileCheckpoint>): Claim {
  let best: { checkpoint: FileCheckpoint; score: number } | null = null;
  let samePath: FileCheckpoint | null = null;

  for (const checkpoint of unbound) {
    const sameInode = isSameInode(checkpoint, file);
    const onPath = checkpoint.path === file.path;
    samePath = onPath ? checkpoint : samePath;

    const fingerprint = parseFingerprint(checkpoint.fingerprint);
    if (!fingerprint || !matchesHead(fingerprint, head) || (!isStrong(fingerprint) && !sameInode && !onPath)) {
      continue;
    }
    const score = (sameInode ? 2 : 0) + (onPath ? 1 : 0);
    if (!best || score > best.score) {
      best = { checkpoint, score };
    }
  }

  if (best) {
    const kind = file.size >= best.checkpoint.offset ? 'resume' : 'truncated';
    return { kind, checkpoint: best.checkpoint };
  }
  if (samePath) {
    return { kind: 'replaced', checkpoint: samePath, sameInode: isSameInode(samePath, file) };
  }
  return { kind: 'new' };
}

function isSameInode(checkpoint: FileCheckpoint, file: FoundFile): boolean {
  const hints = hintsOf(checkpoint.fileId);
  return hints !== null && hints.dev === file.dev && hints.ino === file.ino;
}
