import { type ErrorEvent } from '../../domain/errorEvent';

/** How close in time a second wording of one failure follows the first. */
const ECHO_WINDOW_MS = 1000;

interface Anchor {
  condition: string;
  time: number;
  shape: string;
}

/**
 * Drivers often write one failure twice: its code, then its wording (fr_drv_ng logs "command FF46
 * return code: 107" and, milliseconds later, "No receipt paper"). The second is an echo of the first,
 * not a second failure. A repeat in the same words is a failure of its own (a retried command), so
 * only a different wording of the same condition, within a second, counts as an echo, and only once.
 */
export class EchoFilter {
  private anchor: Anchor | null = null;

  isEcho(event: ErrorEvent): boolean {
    const shape = shapeOf(event.message);
    const anchor = this.anchor;
    const echo =
      anchor !== null &&
      anchor.condition === event.condition &&
      anchor.shape !== shape &&
      event.time >= anchor.time &&
      event.time - anchor.time <= ECHO_WINDOW_MS;
    // One failure is written at most twice: after its echo, the next line starts afresh.
    this.anchor = echo ? null : { condition: event.condition, time: event.time, shape };
    return echo;
  }
}

/** The message with its numbers blanked: durations and counters differ between repeats of one wording. */
function shapeOf(message: string): string {
  return message.replace(/\d+/g, '#');
}
