import { parse } from 'yaml';

import { suggestion } from '../testing/builders';
import { prometheusRuleFile, RULE_GROUP } from './promRules';

describe('prometheusRuleFile', () => {
  it('writes one group of alerting rules in the Prometheus rule file format', () => {
    const file = prometheusRuleFile([suggestion(), suggestion({ alert: 'KktDown', keepFiringFor: null })], 'en');

    expect(parse(file)).toEqual({
      groups: [
        {
          name: RULE_GROUP,
          rules: [
            {
              alert: 'KktOfdBacklogNearBlock',
              expr: suggestion().expr,
              for: '15m',
              keep_firing_for: '10m',
              labels: { severity: 'critical' },
              annotations: { summary: suggestion().summary.en, description: suggestion().description.en },
            },
            expect.objectContaining({ alert: 'KktDown', for: '15m' }),
          ],
        },
      ],
    });
    expect(file).not.toContain('keep_firing_for: null');
  });
});
