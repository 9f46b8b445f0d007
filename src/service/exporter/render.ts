import { setImmediate as yieldToLoop } from 'node:timers/promises';

import { type FleetSnapshot } from '../state/fleet';
import { type DeviceState } from '../state/deviceState';
import { DEVICE_FAMILIES, type DeviceFamily, type DeviceSample } from './families';

/** Registers rendered between two yields to the event loop, so collectors keep running during a scrape. */
const CHUNK = 500;

/**
 * Renders per-device families in the Prometheus text format (0.0.4). Records are immutable, so the
 * lines of a record are rendered once and reused until the record is replaced; a scrape of an idle
 * fleet is mostly concatenation.
 */
export class DeviceRenderer {
  private readonly cache = new WeakMap<DeviceState, string[]>();

  constructor(private readonly families: readonly DeviceFamily[] = DEVICE_FAMILIES) {}

  async render(snapshot: FleetSnapshot): Promise<string> {
    const perDevice: string[][] = new Array(snapshot.devices.length);
    for (let i = 0; i < snapshot.devices.length; i++) {
      perDevice[i] = this.linesOf(snapshot.devices[i]);
      if (i % CHUNK === CHUNK - 1) {
        await yieldToLoop();
      }
    }

    const out: string[] = [];
    this.families.forEach((family, f) => {
      const header = out.length;
      out.push(`# HELP ${family.name} ${escapeHelp(family.help)}\n# TYPE ${family.name} ${family.type}\n`);
      let samples = 0;
      for (const lines of perDevice) {
        if (lines[f] !== '') {
          out.push(lines[f]);
          samples++;
        }
      }
      // A family no register has a value for is left out entirely.
      if (samples === 0) {
        out.length = header;
      }
    });
    return out.join('');
  }

  private linesOf(state: DeviceState): string[] {
    let lines = this.cache.get(state);
    if (!lines) {
      lines = this.families.map((family) => renderFamily(family, state));
      this.cache.set(state, lines);
    }
    return lines;
  }
}

function renderFamily(family: DeviceFamily, state: DeviceState): string {
  const result = family.samples(state);
  if (result === null) {
    return '';
  }

  const id = `device_id="${escapeLabel(state.device.id)}"`;
  if (typeof result === 'number') {
    return Number.isFinite(result) ? `${family.name}{${id}} ${formatValue(result)}\n` : '';
  }
  return result.map((sample) => renderSample(family.name, id, sample)).join('');
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
