import { FieldType, toDataFrame } from '@grafana/data';

import { clustersFromFrames } from './frames';

describe('clustersFromFrames', () => {
  it('reads the columns of the datasource clusters frame', () => {
    const frame = toDataFrame({
      name: 'clusters',
      fields: [
        { name: 'cluster', type: FieldType.string, values: ['c1'] },
        { name: 'template', type: FieldType.string, values: ['ФН: ошибка обмена <*>'] },
        { name: 'condition', type: FieldType.string, values: ['fn:0x14'] },
        { name: 'severity', type: FieldType.string, values: ['high'] },
        { name: 'count', type: FieldType.number, values: [12] },
        { name: 'deviceCount', type: FieldType.number, values: [3] },
        { name: 'firstSeen', type: FieldType.time, values: [Date.parse('2026-12-01T08:00:00Z')] },
        { name: 'lastSeen', type: FieldType.time, values: [Date.parse('2026-12-02T08:00:00Z')] },
        { name: 'novel', type: FieldType.boolean, values: [true] },
      ],
    });

    expect(clustersFromFrames([frame])).toEqual([
      expect.objectContaining({
        id: 'c1',
        template: 'ФН: ошибка обмена <*>',
        condition: 'fn:0x14',
        severity: 'high',
        count: 12,
        deviceCount: 3,
        firstSeen: '2026-12-01T08:00:00.000Z',
        lastSeen: '2026-12-02T08:00:00.000Z',
        novel: true,
      }),
    ]);
  });

  it('ignores frames that are not cluster tables', () => {
    const frame = toDataFrame({ fields: [{ name: 'device', type: FieldType.string, values: ['k1'] }] });
    expect(clustersFromFrames([frame])).toEqual([]);
  });
});
