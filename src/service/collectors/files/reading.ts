import { type CheckpointPool } from './checkpointPool';
import { type ChunkReader } from './chunkReader';
import { BATCH_BYTES, type CollectorEnv } from './env';
import { type TrackedFile } from './trackedFile';

/**
 * Reads what is new in a file, storing a batch every BATCH_BYTES so memory stays bounded however
 * far behind the file is. A pending multi-line record is completed once the file has been quiet for
 * multilineTimeout.
 */
export async function readFile(env: CollectorEnv, file: TrackedFile, reader: ChunkReader, signal: AbortSignal) {
  let batch = env.newBatch(file);
  for await (const chunk of reader.chunks(file, signal)) {
    file.lastDataAt = Date.now();
    file.tail.note(chunk, file.pipeline.position);
    file.pipeline.push(chunk, batch);
    if (batch.bytes >= BATCH_BYTES) {
      env.commit(file, batch);
      batch = env.newBatch(file);
    }
  }

  file.atEnd = reader.reachedEnd;
  const quiet = Date.now() - file.lastDataAt >= env.config.multilineTimeout;
  if (file.atEnd && quiet && file.pipeline.hasPending) {
    file.pipeline.flushPending(batch);
  }
  env.commit(file, batch);
  warnUnreadTime(env, file);
}

/** Enough of a time that did not read to see its layout, however long the field. */
const EXAMPLE_CHARS = 100;

/** Once per file: lines whose time does not read are skipped, and only the count would show it. */
function warnUnreadTime(env: CollectorEnv, file: TrackedFile): void {
  const example = file.pipeline.takeUnreadTime();
  if (example === null) {
    return;
  }

  const timeFormat = env.config.timeFormat ?? 'auto';
  env.log.warn(
    { file: file.path, timeFormat, example: example.slice(0, EXAMPLE_CHARS) },
    'times in this file do not read in timeFormat; their lines are skipped as bad_time'
  );
}

/** Whether a file that left its path has had rotateWait to receive late writes and is read to its end. */
export function isFinished(env: CollectorEnv, file: TrackedFile, now: number): boolean {
  return file.departed !== null && file.atEnd && now - file.departed.at >= env.config.rotateWait;
}

/**
 * Closes a file that left its path: its partial last line and pending record are final. The
 * checkpoint of a deleted file is dropped; that of a renamed one is kept in case it is watched again.
 */
export async function retireFile(env: CollectorEnv, file: TrackedFile, pool: CheckpointPool): Promise<void> {
  const batch = env.newBatch(file);
  file.pipeline.end(batch);
  env.commit(file, batch, file.pipeline.position);
  warnUnreadTime(env, file);
  if (file.departed?.kind === 'delete') {
    pool.remove(file.fileId);
  } else {
    pool.release(file.checkpoint(env.name, file.committed), Date.now());
  }

  await file.close();
  env.log.info({ file: file.path }, 'finished reading a rotated log file');
}
