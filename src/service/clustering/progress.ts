/** Where progress goes: stderr, whose isTTY decides between a redrawn bar and plain percentage lines. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const BAR_WIDTH = 30;
const REDRAW_MS = 100;

/**
 * Progress of an offline run over a known number of bytes: on a terminal a bar redrawn in place at most
 * ten times a second, elsewhere a line at every tenth of the way, so log files stay readable.
 */
export class Progress {
  private lastDraw = 0;
  private lastTenth = -1;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly label = 'clustering'
  ) {}

  update(done: number, lines: number): void {
    const ratio = this.total > 0 ? Math.min(1, done / this.total) : 1;
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw >= REDRAW_MS || ratio === 1) {
        this.lastDraw = now;
        this.stream.write(`\r${this.bar(ratio)} ${lines.toLocaleString('en-US')} lines`);
      }
      return;
    }

    const tenth = Math.floor(ratio * 10);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.stream.write(`${this.label}: ${tenth * 10}% (${lines} lines)\n`);
    }
  }

  finish(lines: number): void {
    this.update(this.total, lines);
    if (this.stream.isTTY) {
      this.stream.write('\n');
    }
  }

  private bar(ratio: number): string {
    const filled = Math.round(ratio * BAR_WIDTH);
    const percent = `${Math.round(ratio * 100)}%`.padStart(4);
    return `${this.label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${percent}`;
  }
}
