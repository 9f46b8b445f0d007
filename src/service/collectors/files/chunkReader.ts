import { KktError } from '../../errors';
import { type TrackedFile } from './trackedFile';

/**
 * Reads a file in chunks with the next chunk already on its way while the current one is processed,
 * so the disk and the parsing overlap. Two buffers take turns; a chunk is valid until the next one.
 */
export class ChunkReader {
  private readonly buffers: [Buffer, Buffer];
  /** The last pass stopped at the end of the file, not for an abort or an error. */
  reachedEnd = false;

  constructor(size: number) {
    this.buffers = [Buffer.alloc(size), Buffer.alloc(size)];
  }

  async *chunks(file: TrackedFile, signal: AbortSignal): AsyncGenerator<Buffer> {
    this.reachedEnd = false;
    let turn = 0;
    let position = file.pipeline.position;
    let next = readAt(file, this.buffers[turn], position);
    try {
      while (!signal.aborted) {
        const bytesRead = await next;
        if (bytesRead === 0) {
          this.reachedEnd = true;
          return;
        }

        const chunk = this.buffers[turn].subarray(0, bytesRead);
        position += bytesRead;
        turn ^= 1;
        next = readAt(file, this.buffers[turn], position);
        yield chunk;
      }
    } finally {
      await next.catch(() => 0);
    }
  }
}

async function readAt(file: TrackedFile, buffer: Buffer, position: number): Promise<number> {
  try {
    const { bytesRead } = await file.handle.read(buffer, 0, buffer.length, position);
    return bytesRead;
  } catch (error) {
    throw new KktError('LOG_FILE_UNREADABLE', file.path, { cause: error });
  }
}
