// The screens the harness renders, each as Grafana would show it, fed by the fake Grafana.
import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import {
  dateTime,
  LoadingState,
  type AppPluginMeta,
  type PanelData,
  type PanelProps,
  PluginType,
  toDataFrame,
} from '@grafana/data';
import { PanelChrome } from '@grafana/ui';

import { ClustersPanel } from '../../../src/panels/clusters/ClustersPanel';
import { type ClustersPanelOptions, DEFAULT_OPTIONS } from '../../../src/panels/clusters/types';
import { AdvisorPage } from '../../../src/pages/Advisor/AdvisorPage';
import { ClustersPage } from '../../../src/pages/Clusters/ClustersPage';
import { type AppConfigProps, ConfigurationPage } from '../../../src/pages/Configuration/ConfigurationPage';

const FROM = '2020-01-01T00:00:00.000Z';
const TO = '2030-01-01T00:00:00.000Z';

function ClustersPanelView({ title }: { title: string }) {
  const range = { from: dateTime(FROM), to: dateTime(TO), raw: { from: FROM, to: TO } };
  const target = {
    refId: 'A',
    queryType: 'clusters',
    datasource: { type: 'kkt-monitor-datasource', uid: 'kkt-monitor' },
  };
  const data: PanelData = {
    state: LoadingState.Done,
    series: [toDataFrame({ fields: [] })],
    timeRange: range,
    request: { targets: [target], requestId: 'Q1', range } as unknown as PanelData['request'],
  };
  const options: ClustersPanelOptions = { ...DEFAULT_OPTIONS, topN: 8 };

  return (
    <PanelChrome width={1200} height={460} title={title}>
      {(width, height) => {
        const props = {
          data,
          timeRange: range,
          timeZone: 'utc',
          options,
          width,
          height,
          replaceVariables: (v: string) => v,
        };
        return <ClustersPanel {...(props as unknown as PanelProps<ClustersPanelOptions>)} />;
      }}
    </PanelChrome>
  );
}

const appMeta = {
  id: 'kkt-monitor-app',
  name: 'KKT Monitor',
  type: PluginType.app,
  enabled: true,
  pinned: true,
  jsonData: { datasourceUid: 'kkt-monitor', prometheusUid: 'prometheus' },
} as unknown as AppPluginMeta;

/** A screen inside a router, as Grafana renders plugins. */
export function renderView(view: string, panelTitle: string): React.ReactElement {
  return <MemoryRouter initialEntries={[`/view?from=${FROM}&to=${TO}`]}>{screen(view, panelTitle)}</MemoryRouter>;
}

function screen(view: string, panelTitle: string): React.ReactElement {
  switch (view) {
    case 'advisor':
      return <AdvisorPage settings={{ prometheusUid: 'prometheus' }} datasourceUid="kkt-monitor" />;
    case 'clusters-page':
      return <ClustersPage datasourceUid="kkt-monitor" />;
    case 'configuration':
      return <ConfigurationPage {...({ plugin: { meta: appMeta }, query: {} } as unknown as AppConfigProps)} />;
    default:
      return <ClustersPanelView title={panelTitle} />;
  }
}
