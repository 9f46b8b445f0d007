import { type Cluster } from './cluster';

const HEADER = ['id', 'severity', 'count', 'devices', 'first seen', 'last seen', 'template'];
const MIN_TEMPLATE_WIDTH = 40;

/** Clusters as a plain text table for a terminal: one line each, the template cut to fit `width`. */
export function clusterTable(clusters: readonly Cluster[], width: number): string {
  const rows = clusters.map((c) => [
    c.id,
    c.severity,
    String(c.count),
    String(c.devices.size),
    stamp(c.firstSeen),
    stamp(c.lastSeen),
    oneLine(c.template),
  ]);
  const widths = HEADER.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fixed = widths.reduce((sum, w) => sum + w + 2, 0);
  const templateWidth = Math.max(MIN_TEMPLATE_WIDTH, width - fixed);

  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < widths.length ? pad(cell, widths[i], i === 2 || i === 3) : cut(cell, templateWidth)))
      .join('  ')
      .trimEnd();
  return [line(HEADER), ...rows.map(line)].join('\n') + '\n';
}

function stamp(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ') : '-';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function pad(cell: string, width: number, right: boolean): string {
  return right ? cell.padStart(width) : cell.padEnd(width);
}

function cut(cell: string, width: number): string {
  return cell.length <= width ? cell : `${cell.slice(0, width - 1)}…`;
}
