import { suggestion } from '../testing/builders';
import { grafanaRule } from './alertRule';

const target = { orgId: 1, folderUid: 'kkt-folder', group: 'kkt-monitor-advisor', prometheusUid: 'prom' };

describe('grafanaRule', () => {
  it('leaves keep-firing out when the suggestion has none', () => {
    expect(grafanaRule(suggestion({ keepFiringFor: null }), target, 'en')).not.toHaveProperty('keep_firing_for');
  });

  it('queries the suggested expression on the chosen Prometheus and fires for every series it returns', () => {
    const rule = grafanaRule(suggestion(), target, 'en');

    expect(rule.condition).toBe('B');
    expect(rule.data[0]).toEqual({
      refId: 'A',
      datasourceUid: 'prom',
      relativeTimeRange: { from: 600, to: 0 },
      model: { refId: 'A', expr: suggestion().expr, instant: true, range: false },
    });
    expect(rule.data[1].datasourceUid).toBe('__expr__');
    expect(rule.data[1].model).toMatchObject({ type: 'math', expression: 'is_number($A) || is_nan($A) || is_inf($A)' });
    expect(rule.noDataState).toBe('OK');
  });

  it('files the rule in the folder and group, with severity, duration and texts in the chosen language', () => {
    const rule = grafanaRule(suggestion(), target, 'ru');

    expect(rule).toMatchObject({
      title: 'KktOfdBacklogNearBlock',
      folderUID: 'kkt-folder',
      ruleGroup: 'kkt-monitor-advisor',
      for: '15m',
    });
    expect(rule.labels).toEqual({ severity: 'critical', source: 'kkt-monitor-advisor' });
    expect(rule.annotations.summary).toBe('ОФД не подтвердил документ 20 дней');
  });
});
