import { open } from 'node:fs/promises';

import { createFileCollector } from '../../../src/service/collectors/files';
import { configSchema } from '../../../src/service/config/schema';
import { DeviceRenderer } from '../../../src/service/exporter/render';
import { createSelfMetrics } from '../../../src/service/exporter/selfMetrics';
import { Ingest } from '../../../src/service/ingest';
import { silentLogger } from '../../../src/service/logger';
import { FleetState } from '../../../src/service/state/fleet';
import { Store } from '../../../src/service/store/store';
import { peakRssMb, time } from '../../harness';

/**
 * One measured run, in a process of its own so that its peak RSS is its own:
 * `child.ts baseline FILE` reads the file and splits it into lines, no more;
 * `child.ts collector FILE FORMAT STORE` runs one file collector round over it into a SQLite file;
 * `child.ts unstored FILE FORMAT STORE` does the same but drops the events instead of storing them.
 * Prints {seconds, lines, events, rssMb} as JSON.
 */
const CHUNK = 256 * 1024;
const RECORD_TIMEOUT_MS = 50;

interface Measured {
  seconds: number;
  lines: number;
  events: number;
}

async function baseline(path: string): Promise<Measured> {
  const handle = await open(path, 'r');
  const buffer = Buffer.alloc(CHUNK);
  let carry = Buffer.alloc(0);
  let lines = 0;
  let chars = 0;
  const seconds = await time(async () => {
    for (let read = await handle.read(buffer, 0, CHUNK, null); read.bytesRead > 0;) {
      let start = 0;
      for (let nl = buffer.indexOf(10); nl !== -1 && nl < read.bytesRead; nl = buffer.indexOf(10, start)) {
        const line =
          carry.length > 0
            ? Buffer.concat([carry, buffer.subarray(start, nl)]).toString('utf8')
            : buffer.toString('utf8', start, nl);
        chars += line.length;
        lines += 1;
        carry = Buffer.alloc(0);
        start = nl + 1;
      }
      carry = Buffer.from(buffer.subarray(start, read.bytesRead));
      read = await handle.read(buffer, 0, CHUNK, null);
    }
  });
  await handle.close();
  return { seconds, lines: chars >= 0 ? lines : 0, events: 0 };
}

async function collector(path: string, format: string, storePath: string, stored: boolean): Promise<Measured> {
  const config = configSchema.parse({
    storage: { path: storePath },
    collectors: {
      files: [
        { name: 'bench', format, paths: [path], device: 'bench-kkt', multilineTimeout: `${RECORD_TIMEOUT_MS}ms` },
      ],
    },
  });
  const store = Store.open(storePath);
  const fleet = new FleetState();
  const metrics = createSelfMetrics('bench');
  const ctx = {
    config,
    version: 'bench',
    startedAt: Date.now(),
    logger: silentLogger(),
    store,
    fleet,
    metrics,
    ingest: new Ingest(store, fleet, metrics),
    renderer: new DeviceRenderer(),
    ready: true,
  };
  let detected = 0;
  if (!stored) {
    // Everything but the store: the events are counted and dropped.
    ctx.ingest.fileBatch = (events) => {
      detected += events.length;
      return [];
    };
  }
  const files = createFileCollector(config.collectors.files[0], ctx);

  const seconds = await time(() => files.run(new AbortController().signal));
  // The last record is complete only after its quiet period; a second round, outside the timing, counts it.
  await new Promise((resolve) => setTimeout(resolve, RECORD_TIMEOUT_MS * 2));
  await files.run(new AbortController().signal);
  await files.close();
  const lines = (await metrics.logLinesRead.get()).values[0]?.value ?? 0;
  const events = stored ? store.events.query({}, 1, 0).total : detected;
  store.close();
  return { seconds, lines, events };
}

async function main(): Promise<void> {
  const [mode, path, format, storePath] = process.argv.slice(2);
  const result =
    mode === 'baseline' ? await baseline(path) : await collector(path, format, storePath, mode === 'collector');
  process.stdout.write(`${JSON.stringify({ ...result, rssMb: peakRssMb() })}\n`);
}

void main();
