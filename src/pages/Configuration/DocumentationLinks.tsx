import React from 'react';
import { t } from '@grafana/i18n';
import { Stack, TextLink } from '@grafana/ui';

import { PLUGIN_BASE_URL, ROUTES } from '../../constants';

/** Links to what the app brings, and to how to set it up. */
export function DocumentationLinks() {
  const links: Array<[string, string]> = [
    ['/d/kkt-overview', t('config.links.overview', 'Fleet overview dashboard')],
    ['/d/kkt-device', t('config.links.device', 'Register details dashboard')],
    ['/d/kkt-errors', t('config.links.errors', 'Error analysis dashboard')],
    ['/d/kkt-performance', t('config.links.performance', 'Performance dashboard')],
    [`${PLUGIN_BASE_URL}/${ROUTES.Clusters}`, t('config.links.clusters', 'Error clusters page')],
    [`${PLUGIN_BASE_URL}/${ROUTES.Advisor}`, t('config.links.advisor', 'Alert advisor page')],
    ['/alerting/list', t('config.links.alerting', 'Alert rules in Grafana')],
  ];

  return (
    <Stack direction="column" gap={0.5}>
      {links.map(([href, text]) => (
        <TextLink key={href} href={href} inline={false}>
          {text}
        </TextLink>
      ))}
    </Stack>
  );
}
