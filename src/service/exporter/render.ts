import { setImmediate as yieldToLoop } from 'node:timers/promises';

import { type FleetSnapshot } from '../state/fleet';
import { type DeviceState } from '../state/deviceState';
import { DEVICE_FAMILIES, type DeviceFamily, type DeviceSample } from './families';

/** Registers rendered between two yields to the event loop, so collectors keep running during a scrape. */
const CHUNK = 250;

const EMPTY = Buffer.alloc(0);

/**
 * Renders per-device families in the Prometheus text format (0.0.4). Records are immutable, so the
 * lines of a record are encoded once, into one buffer sliced per family, and reused until the record
 * is replaced: a scrape of an idle fleet is mostly a memory copy.
 */
export class DeviceRenderer {
  private readonly cache = new WeakMap<DeviceState, Buffer[]>();

  constructor(private readonly families: readonly DeviceFamily[] = DEVICE_FAMILIES) {}

  async render(snapshot: FleetSnapshot): Promise<Buffer> {
    const perDevice: Buffer[][] = new Array(snapshot.devices.length);
    for (let i = 0; i < snapshot.devices.length; i++) {
      perDevice[i] = this.linesOf(snapshot.devices[i]);
      if (i % CHUNK === CHUNK - 1) {
        await yieldToLoop();
      }
    }

    const out: Buffer[] = [];
    this.families.forEach((family, f) => {
      const header = out.length;
      out.push(Buffer.from(`# HELP ${family.name} ${escapeHelp(family.help)}\n# TYPE ${family.name} ${family.type}\n`));
      for (const lines of perDevice) {
        if (lines[f].length > 0) {
          out.push(lines[f]);
        }
      }
      // A family no register has a value for is left out entirely.
      if (out.length === header + 1) {
        out.length = header;
      }
    });
    return Buffer.concat(out);
  }

  private linesOf(state: DeviceState): Buffer[] {
    let lines = this.cache.get(state);
    if (!lines) {
      const id = `device_id="${escapeLabel(state.device.id)}"`;
      lines = encode(this.families.map((family) => renderFamily(family, state, id)));
      this.cache.set(state, lines);
    }
    return lines;
  }
}

/** One allocation per record: the texts written back to back, then a view per family. */
function encode(texts: string[]): Buffer[] {
  const buffer = Buffer.allocUnsafe(texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0));
  let offset = 0;
  return texts.map((text) => {
    if (text === '') {
      return EMPTY;
    }
    const start = offset;
    offset += buffer.write(text, offset);
    return buffer.subarray(start, offset);
  });
}

function renderFamily(family: DeviceFamily, state: DeviceState, id: string): string {
  const result = family.samples(state);
  if (result === null) {
    return '';
  }

  if (typeof result === 'number') {
    return Number.isFinite(result) ? `${family.name}{${id}} ${formatValue(result)}\n` : '';
  }
  let text = '';
  for (const sample of result) {
    text += renderSample(family.name, id, sample);
  }
  return text;
}

function renderSample(name: string, id: string, sample: DeviceSample): string {
  if (!Number.isFinite(sample.value)) {
    return '';
  }

  let labels = id;
  for (const [key, value] of sample.labels ?? []) {
    labels += `,${key}="${escapeLabel(value)}"`;
  }
  return `${name}{${labels}} ${formatValue(sample.value)}\n`;
}

export function escapeLabel(value: string): string {
  return /[\\"\n]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') : value;
}

function escapeHelp(help: string): string {
  return help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toString();
}
