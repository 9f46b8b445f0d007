import { createHash, randomBytes } from 'node:crypto';
import { type FileHandle } from 'node:fs/promises';

/** How many of a file's first bytes identify it. */
export const FINGERPRINT_BYTES = 256;

/**
 * A hash of a file's first bytes. It survives a rename and changes when the file is replaced or
 * truncated and rewritten. A file shorter than FINGERPRINT_BYTES gets a short fingerprint that grows with
 * it; a short one is weak evidence, so it only counts together with the same path or inode.
 */
export interface Fingerprint {
  length: number;
  hash: string;
}

export function fingerprintOf(head: Buffer): Fingerprint {
  const bytes = head.subarray(0, FINGERPRINT_BYTES);
  return { length: bytes.length, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 32) };
}

/** Whether the file whose first bytes are head still starts as the fingerprinted file did. */
export function matchesHead(fingerprint: Fingerprint, head: Buffer): boolean {
  return (
    head.length >= fingerprint.length && fingerprintOf(head.subarray(0, fingerprint.length)).hash === fingerprint.hash
  );
}

export function isStrong(fingerprint: Fingerprint): boolean {
  return fingerprint.length >= FINGERPRINT_BYTES;
}

export function formatFingerprint(fingerprint: Fingerprint): string {
  return `${fingerprint.length}:${fingerprint.hash}`;
}

export function parseFingerprint(text: string): Fingerprint | null {
  const match = /^(\d{1,3}):([0-9a-f]{32})$/.exec(text);
  return match && Number(match[1]) <= FINGERPRINT_BYTES ? { length: Number(match[1]), hash: match[2] } : null;
}

/** The first bytes of an open file, as many as exist up to FINGERPRINT_BYTES. */
export async function readHead(handle: FileHandle): Promise<Buffer> {
  const head = Buffer.alloc(FINGERPRINT_BYTES);
  let filled = 0;
  while (filled < head.length) {
    const { bytesRead } = await handle.read(head, filled, head.length - filled, filled);
    if (bytesRead === 0) {
      break;
    }
    filled += bytesRead;
  }
  return head.subarray(0, filled);
}

/** Where a file was when first seen: used to prefer the right checkpoint when fingerprints agree. */
export interface FileHints {
  dev: string;
  ino: string;
}

/** A file id is unique per file ever followed; it begins with the device and inode it had when first seen. */
export function newFileId(hints: FileHints): string {
  return `${hints.dev}:${hints.ino}:${randomBytes(4).toString('hex')}`;
}

export function hintsOf(fileId: string): FileHints | null {
  const [dev, ino] = fileId.split(':');
  return dev && ino ? { dev, ino } : null;
}
