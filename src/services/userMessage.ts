import { t } from '@grafana/i18n';

import { logger, type LogContext } from '../logger';
import { NarrowingError } from './narrow';
import { ResourceError } from './resources';

function sentenceFor(err: unknown): string {
  if (err instanceof NarrowingError) {
    return t(
      'errors.unexpected-answer',
      'The service answered in a form this plugin does not know; install matching versions of kkt-monitor and the plugin.'
    );
  }
  if (!(err instanceof ResourceError)) {
    return t(
      'errors.unknown',
      'Something went wrong; reload the page, and if it happens again, ask your Grafana admin.'
    );
  }
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

/** Logs the failure with its detail and returns the one sentence a user should read. */
export function reportError(err: unknown, context: LogContext, message: string): string {
  logger.error({ ...context, err }, message);
  return sentenceFor(err);
}
