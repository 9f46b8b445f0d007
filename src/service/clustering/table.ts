import { SEVERITIES, type Severity, severityRank } from '../domain/severity';
import { type Cluster } from './cluster';

const HEADER = ['id', 'severity', 'count', 'devices', 'first seen', 'last seen', 'template'];
const MIN_TEMPLATE_WIDTH = 40;

/**
 * The clusters most worth a look as a plain text table: the most severe first, then the biggest, at most
 * `top` of them (0: all), with a footer that counts the ones left out and says how to see them.
 */
export function clusterTable(clusters: readonly Cluster[], width: number, top: number): string {
  const ordered = [...clusters].sort(bySeverityThenCount);
  const shown = top === 0 ? ordered : ordered.slice(0, top);
  return rowsTable(shown, width) + leftOut(ordered.slice(shown.length), shown.length);
}

/** Critical before high, warning and info; within one severity the biggest first; then by id, to be stable. */
export function bySeverityThenCount(a: Cluster, b: Cluster): number {
  return severityRank(b.severity) - severityRank(a.severity) || b.count - a.count || (a.id < b.id ? -1 : 1);
}

function leftOut(rest: readonly Cluster[], shown: number): string {
  if (rest.length === 0) {
    return '';
  }

  const bySeverity = SEVERITIES.map((s): [Severity, number] => [s, rest.filter((c) => c.severity === s).length])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const total = shown + rest.length;
  return `… ${rest.length} of ${total} clusters left out (${bySeverity}): --top 0 lists all, --top N the first N\n`;
}

/** One line per cluster, the template cut to fit `width`. */
function rowsTable(clusters: readonly Cluster[], width: number): string {
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
