import { type FileHandle } from 'node:fs/promises';

/** How many of the bytes just before the read offset are remembered. */
export const TAIL_BYTES = 256;

/**
 * The last bytes read from a file and the offset they end at. A file truncated and written anew between
 * two rounds can keep its first bytes and grow past the read offset, so its fingerprint and size do not
 * tell; the bytes just before the read offset do, as they are rarely written again the same.
 */
export class ReadTail {
  private bytes: Buffer = Buffer.alloc(0);
  private end = 0;

  /** Where the remembered bytes start. */
  get start(): number {
    return this.end - this.bytes.length;
  }

  /** Takes note of a chunk read at start; one that does not follow the last starts the tail anew. */
  note(chunk: Buffer, start: number): void {
    const last = chunk.subarray(-TAIL_BYTES);
    const joined = start === this.end ? Buffer.concat([this.bytes, last]) : Buffer.from(last);
    this.bytes = Buffer.from(joined.subarray(-TAIL_BYTES));
    this.end = start + chunk.length;
  }

  /** Forgets the bytes: the file was truncated and is read again from 0. */
  clear(): void {
    this.bytes = Buffer.alloc(0);
    this.end = 0;
  }

  /** Remembers the bytes before end as they are in the file now, for a file resumed at end. */
  async load(handle: FileHandle, end: number): Promise<void> {
    const start = Math.max(0, end - TAIL_BYTES);
    this.bytes = await readAt(handle, start, end - start);
    this.end = start + this.bytes.length;
  }

  /** Whether the file still holds the remembered bytes; head is the file's first bytes when already read. */
  async matches(handle: FileHandle, head: Buffer | null): Promise<boolean> {
    const there =
      head && this.end <= head.length
        ? head.subarray(this.start, this.end)
        : await readAt(handle, this.start, this.bytes.length);
    return there.equals(this.bytes);
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  if (length <= 0) {
    return Buffer.alloc(0);
  }
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
