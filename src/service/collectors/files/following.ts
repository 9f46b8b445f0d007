import { type CheckpointPool } from './checkpointPool';
import { type FoundFile } from './discovery';
import { type CollectorEnv } from './env';
import { fingerprintOf, newFileId, readHead } from './fingerprint';
import { type TrackedFile } from './trackedFile';

export function inodeKey(file: Pick<FoundFile, 'dev' | 'ino'>): string {
  return `${file.dev}:${file.ino}`;
}

/**
 * Notices what happened to a followed file since the last round: moved to another watched path,
 * gone from the watched paths (renamed away or deleted; it is still read through its descriptor), or
 * truncated in place, which a rewrite past the read offset with the same first bytes also counts as.
 */
export async function followFile(
  env: CollectorEnv,
  file: TrackedFile,
  found: Map<string, FoundFile>,
  byInode: Map<string, FoundFile>,
  pool: CheckpointPool
): Promise<void> {
  const atPath = found.get(file.path);
  const here = atPath && inodeKey(atPath) === inodeKey(file.found) ? atPath : byInode.get(inodeKey(file.found));
  if (!here) {
    await depart(env, file);
    return;
  }

  if (here.path !== file.path) {
    env.ctx.metrics.logRotations.inc({ collector: env.name, kind: 'rename' });
    env.log.info({ file: file.path, to: here.path }, 'log file was renamed; following it');
    file.path = here.path;
  }
  file.departed = null;
  await checkInPlace(env, file, here, pool);
}

async function depart(env: CollectorEnv, file: TrackedFile): Promise<void> {
  if (file.departed) {
    return;
  }

  const st = await file.handle.stat();
  const kind = st.nlink === 0 ? 'delete' : 'rename';
  file.departed = { kind, at: Date.now() };
  env.ctx.metrics.logRotations.inc({ collector: env.name, kind });
  env.log.info({ file: file.path, kind }, 'log file left its path; reading it to its end');
}

async function checkInPlace(env: CollectorEnv, file: TrackedFile, here: FoundFile, pool: CheckpointPool) {
  if (here.size === file.size && here.mtimeMs === file.mtimeMs) {
    return;
  }

  const truncated = here.size < file.pipeline.position || !(await file.verifyContent());
  if (truncated) {
    await restartTruncated(env, file, pool);
  }
  // Only once handled: a failure above leaves the change to be noticed again next round.
  file.size = here.size;
  file.mtimeMs = here.mtimeMs;
}

/**
 * The file was truncated in place (copytruncate, or by hand). What was read of the old content is
 * finished under the old identity, whose checkpoint a copy of it may still continue; the new content
 * is a new identity read from 0.
 */
async function restartTruncated(env: CollectorEnv, file: TrackedFile, pool: CheckpointPool): Promise<void> {
  const end = env.newBatch(file);
  file.pipeline.end(end);
  const offset = file.pipeline.position;
  env.commit(file, end, offset);
  pool.release(file.checkpoint(env.name, offset), Date.now());

  file.fileId = newFileId(file.found);
  file.fingerprint = fingerprintOf(await readHead(file.handle));
  file.pipeline = env.newPipeline(file.deviceId, 0, file.mtimeMs);
  file.tail.clear();
  file.committed = 0;
  env.commit(file, env.newBatch(file), 0, true);

  env.ctx.metrics.logRotations.inc({ collector: env.name, kind: 'copytruncate' });
  env.log.info({ file: file.path }, 'log file was truncated; reading it again from the start');
}
