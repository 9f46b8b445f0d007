import { type FileHandle, open } from 'node:fs/promises';

import { type Device } from '../../domain/device';
import { KktError } from '../../errors';
import { type CheckpointPool } from './checkpointPool';
import { type Claim, claim } from './claim';
import { type FoundFile } from './discovery';
import { type FileDevice } from './deviceMapping';
import { type CollectorEnv } from './env';
import { fingerprintOf, newFileId, readHead } from './fingerprint';
import { TrackedFile } from './trackedFile';

interface Start {
  fileId: string;
  offset: number;
  skipPartialFirstLine: boolean;
}

/** Starts following a file the globs found: resumes the checkpoint it continues, or starts it anew. */
export async function bindFile(
  env: CollectorEnv,
  found: FoundFile,
  device: FileDevice,
  pool: CheckpointPool,
  firstScan: boolean
): Promise<TrackedFile> {
  const handle = await openLog(found.path);
  try {
    registerDevice(env, device);
    return await track(env, handle, found, device.id, pool, firstScan);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function track(
  env: CollectorEnv,
  handle: FileHandle,
  listed: FoundFile,
  deviceId: string,
  pool: CheckpointPool,
  firstScan: boolean
): Promise<TrackedFile> {
  const found = await describe(handle, listed.path);
  const head = await readHead(handle);
  const claimed = claim(found, head, pool.values());
  const start = await startOf(env, claimed, found, handle, firstScan);
  noteClaim(env, claimed, found.path);

  const now = Date.now();
  const pipeline = env.newPipeline(deviceId, start.offset, found.mtimeMs, start.skipPartialFirstLine);
  const file = new TrackedFile(start.fileId, found.path, deviceId, handle, found, fingerprintOf(head), pipeline, now);
  file.size = found.size;
  file.mtimeMs = found.mtimeMs;
  await file.tail.load(handle, start.offset);

  if (claimed.kind === 'resume') {
    pool.take(claimed.checkpoint.fileId);
  } else {
    env.commit(file, env.newBatch(file), start.offset, true);
  }
  return file;
}

async function startOf(
  env: CollectorEnv,
  claimed: Claim,
  found: FoundFile,
  handle: FileHandle,
  firstScan: boolean
): Promise<Start> {
  if (claimed.kind === 'resume') {
    return { fileId: claimed.checkpoint.fileId, offset: claimed.checkpoint.offset, skipPartialFirstLine: false };
  }

  const fileId = newFileId(found);
  if (claimed.kind !== 'new' || !firstScan || env.config.startAt === 'beginning' || found.size === 0) {
    return { fileId, offset: 0, skipPartialFirstLine: false };
  }
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, found.size - 1);
  return { fileId, offset: found.size, skipPartialFirstLine: last[0] !== 0x0a };
}

/** Counts and reports what the claim says happened to the file while nobody watched. */
function noteClaim(env: CollectorEnv, claimed: Claim, path: string): void {
  const log = env.log.child({ file: path });
  if (claimed.kind === 'truncated' || (claimed.kind === 'replaced' && claimed.sameInode)) {
    env.ctx.metrics.logRotations.inc({ collector: env.name, kind: 'truncate' });
    log.info('log file was truncated while stopped; reading it from the start');
  } else if (claimed.kind === 'replaced') {
    env.ctx.metrics.logRotations.inc({ collector: env.name, kind: 'rename' });
    log.info('log file was replaced while stopped; reading the new one from the start');
  } else {
    log.info({ resumeAt: claimed.kind === 'resume' ? claimed.checkpoint.offset : null }, 'following log file');
  }
}

/**
 * Adds the log's register to the fleet, in this collector's zone and in the store its path names,
 * unless the inventory gives them.
 */
function registerDevice(env: CollectorEnv, device: FileDevice): void {
  const inventory = env.ctx.config.devices.find((d) => d.id === device.id);
  const fields: Partial<Omit<Device, 'id'>> = {};
  if (!inventory?.timeZone) {
    fields.timeZone = env.zone();
  }
  if (!inventory?.store && device.store) {
    fields.store = device.store;
  }
  env.ctx.fleet.upsert({ id: device.id }, fields);
}

async function openLog(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    throw new KktError('LOG_FILE_UNREADABLE', path, { cause: error });
  }
}

/** What the open descriptor is: the path may have changed hands between the listing and the open. */
async function describe(handle: FileHandle, path: string): Promise<FoundFile> {
  const st = await handle.stat({ bigint: true });
  return { path, dev: String(st.dev), ino: String(st.ino), size: Number(st.size), mtimeMs: Number(st.mtimeMs) };
}
