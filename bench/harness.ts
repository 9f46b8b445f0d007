/**
 * Small benchmark helpers. Machines here are shared and noisy, so every figure is the median of several
 * runs and is printed beside a baseline measured in the same process, as a ratio.
 */

export interface Row {
  [column: string]: string | number;
}

export async function median(runs: number, fn: () => Promise<number> | number): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    values.push(await fn());
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

/** Seconds taken by fn. */
export async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function printTable(title: string, rows: Row[]): void {
  if (rows.length === 0) {
    return;
  }
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) => columns.map((c) => format(row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;

  process.stdout.write(`\n${title}\n\n`);
  process.stdout.write(`${line(columns)}\n`);
  process.stdout.write(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const row of cells) {
    process.stdout.write(`${line(row)}\n`);
  }
}

function format(value: string | number): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Number.isInteger(value)) {
    return value.toLocaleString('en-US');
  }
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
