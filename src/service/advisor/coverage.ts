import { DAY_MS } from '../domain/time';
import { type HistorySource } from './history';
import { call, selector, sum } from './promql/ast';
import { type TimeRange } from './series';

/** How much history there is: every register exports kkt_device_info, so its samples tell. */
export interface Coverage {
  /** From the first sample of kkt_device_info in the lookback to the last, to within a fine slot. */
  spanMs: number;
  /** Registers seen at any time in the lookback. */
  devices: number;
}

/** Slots of the lookback are at most about a day; a slot holding an edge of the data is read this much finer. */
const FINE_SLOTS = 1440;

interface Slots {
  count: number;
  /** Length of a slot, ms: a whole number of fine slots. */
  size: number;
  fine: number;
}

/**
 * Each evaluation looks back over its own slot, so the slots together read every sample of the lookback
 * wherever the data lies; only the slots holding its first and last samples are read again, finer.
 */
export async function measureCoverage(history: HistorySource, end: number, lookbackMs: number): Promise<Coverage> {
  const slots = slotsOf(lookbackMs);
  const range = { start: end - (slots.count - 1) * slots.size, end, step: slots.size };

  // Registers are told apart by id: an FN change briefly shows two info series for one register.
  const registers = await history.query(seen(['device_id'], slots.size), range);
  const times = registers.flatMap((r) => r.samples.map((s) => s.t)).sort((a, b) => a - b);
  if (times.length === 0) {
    return { spanMs: 0, devices: 0 };
  }

  const first = await sampledAt(history, times[0], slots);
  const last = await sampledAt(history, times[times.length - 1], slots);
  return { spanMs: last[last.length - 1] - first[0], devices: registers.length };
}

function slotsOf(lookbackMs: number): Slots {
  const count = Math.ceil(lookbackMs / DAY_MS);
  const fine = Math.max(1000, Math.ceil(lookbackMs / count / FINE_SLOTS / 1000) * 1000);
  return { count, size: Math.ceil(lookbackMs / count / fine) * fine, fine };
}

/** The register info sampled at least once in the window of `windowMs` before each evaluation. */
function seen(by: readonly string[], windowMs: number) {
  return sum(by, call('max_over_time', selector('kkt_device_info'), windowMs / 1000));
}

/** Ends of the fine slots, within the slot ending at `slotEnd`, in which kkt_device_info was sampled. */
async function sampledAt(history: HistorySource, slotEnd: number, slots: Slots): Promise<number[]> {
  const range: TimeRange = { start: slotEnd - slots.size + slots.fine, end: slotEnd, step: slots.fine };
  const [fleet] = await history.query(seen([], slots.fine), range);
  const times = (fleet?.samples ?? []).map((s) => s.t);
  return times.length > 0 ? times : [slotEnd];
}
