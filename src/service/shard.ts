import { createHash } from 'node:crypto';

/** The part of the fleet one replica collects. */
export interface Shard {
  count: number;
  index: number;
}

/**
 * Whether this replica owns a key (an OFD account name, a register id). The hash depends only on the
 * key, so every replica agrees without talking to the others, and a key stays put across restarts.
 */
export function ownsKey(shard: Shard, key: string): boolean {
  if (shard.count <= 1) {
    return true;
  }
  const hash = createHash('sha1').update(key).digest().readUInt32BE(0);
  return hash % shard.count === shard.index;
}
