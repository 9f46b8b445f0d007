import { t } from '@grafana/i18n';

import { logger, type LogContext } from '../logger';
import { GrafanaApiError } from './grafanaApi';
import { NarrowingError } from './narrow';
import { ResourceError } from './resources';

function serviceSentence(err: ResourceError): string {
  if (err.status === 401 || err.status === 403) {
    return t('errors.access', 'The service refused the API key; check it in the KKT Monitor datasource settings.');
  }
  if (err.status === 404) {
    return t(
      'errors.not-found',
      'The service does not offer this yet; update kkt-monitor to the version of this plugin.'
    );
  }
  if (err.status === 400) {
    return t('errors.bad-request', 'The service did not accept these filters; change them and try again.');
  }
  return t(
    'errors.unreachable',
    'The kkt-monitor service did not answer; check that it runs and that the datasource URL points at it.'
  );
}

function grafanaSentence(err: GrafanaApiError): string {
  if (err.status === 401 || err.status === 403) {
    return t(
      'errors.rule-permission',
      'You may not write alert rules in this folder; ask an admin for rule editing rights there.'
    );
  }
  if (err.status === 409 || (err.status === 400 && /exist|title|unique/i.test(err.detail ?? ''))) {
    return t(
      'errors.rule-exists',
      'A rule with this name is already in the folder; choose another folder or edit that rule in Alerting.'
    );
  }
  if (err.status === 400) {
    return t(
      'errors.rule-rejected',
      'Grafana did not accept the rule; check the Prometheus datasource and the folder, then try again.'
    );
  }
  if (err.status === 404) {
    return t(
      'errors.no-provisioning',
      'This Grafana has no alert rule API; download the rule file and load it into Prometheus instead.'
    );
  }
  return t('errors.grafana-unreachable', 'Grafana did not answer; try again in a moment.');
}

function sentenceFor(err: unknown): string {
  if (err instanceof ResourceError) {
    return serviceSentence(err);
  }
  if (err instanceof GrafanaApiError) {
    return grafanaSentence(err);
  }
  if (err instanceof NarrowingError) {
    return t(
      'errors.unexpected-answer',
      'The service answered in a form this plugin does not know; install matching versions of kkt-monitor and the plugin.'
    );
  }
  return t('errors.unknown', 'Something went wrong; reload the page, and if it happens again, ask your Grafana admin.');
}

/** Logs the failure with its detail and returns the one sentence a user should read. */
export function reportError(err: unknown, context: LogContext, message: string): string {
  logger.error({ ...context, err }, message);
  return sentenceFor(err);
}
