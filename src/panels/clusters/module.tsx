import { PanelPlugin } from '@grafana/data';
import { t } from '@grafana/i18n';

import { type ClusterSort } from '../../components/clusters/sortClusters';
import { initTranslations } from '../../i18n';
import { ClustersPanel } from './ClustersPanel';
import pluginJson from './plugin.json';
import { type ClustersPanelOptions, DEFAULT_OPTIONS } from './types';

await initTranslations(pluginJson.id);

function sortOptions(): Array<{ value: ClusterSort; label: string }> {
  return [
    { value: 'count', label: t('panel.options.sort-count', 'Events') },
    { value: 'lastSeen', label: t('panel.options.sort-last-seen', 'Last seen') },
    { value: 'severity', label: t('panel.options.sort-severity', 'Severity') },
  ];
}

export const plugin = new PanelPlugin<ClustersPanelOptions>(ClustersPanel).setPanelOptions((builder) =>
  builder
    .addNumberInput({
      path: 'topN',
      name: t('panel.options.top-n', 'Clusters shown'),
      description: t('panel.options.top-n-description', 'How many clusters the panel lists, after sorting.'),
      defaultValue: DEFAULT_OPTIONS.topN,
      settings: { min: 1, max: 500, integer: true },
    })
    .addRadio({
      path: 'sortBy',
      name: t('panel.options.sort', 'Sort by'),
      defaultValue: DEFAULT_OPTIONS.sortBy,
      settings: { options: sortOptions() },
    })
    .addBooleanSwitch({
      path: 'showSamples',
      name: t('panel.options.samples', 'Open rows to sample lines'),
      defaultValue: DEFAULT_OPTIONS.showSamples,
    })
);
