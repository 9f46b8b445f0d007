import { type DataFrame, type Field } from '@grafana/data';

import { type ClusterView } from '../../api/types';
import { SEVERITY_ORDER } from '../../components/severity';

function column(frame: DataFrame, name: string): Field | undefined {
  return frame.fields.find((field) => field.name === name);
}

function iso(value: unknown): string {
  return typeof value === 'number' ? new Date(value).toISOString() : String(value ?? '');
}

/**
 * Clusters from the table frames of the datasource's clusters query. The frames carry no trend, sample
 * lines or device list, so these rows are what the panel shows when it cannot ask the service itself.
 */
export function clustersFromFrames(frames: DataFrame[]): ClusterView[] {
  return frames.flatMap((frame) => {
    const id = column(frame, 'cluster');
    const template = column(frame, 'template');
    if (!id || !template) {
      return [];
    }
    const value = (name: string, row: number): unknown => column(frame, name)?.values[row];
    return id.values.map((clusterId, row): ClusterView => {
      const severity = SEVERITY_ORDER.find((s) => s === value('severity', row)) ?? 'info';
      return {
        id: String(clusterId),
        template: String(template.values[row]),
        condition: typeof value('condition', row) === 'string' ? String(value('condition', row)) : null,
        severity,
        count: Number(value('count', row) ?? 0),
        deviceCount: Number(value('deviceCount', row) ?? 0),
        devices: [],
        firstSeen: iso(value('firstSeen', row)),
        lastSeen: iso(value('lastSeen', row)),
        novel: value('novel', row) === true,
        trend: { start: iso(value('firstSeen', row)), intervalSeconds: 3600, counts: [] },
        samples: [],
      };
    });
  });
}
