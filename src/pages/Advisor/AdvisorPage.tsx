import React, { useCallback, useState } from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t, Trans } from '@grafana/i18n';
import { PluginPage } from '@grafana/runtime';
import { Alert, Button, LoadingPlaceholder, Stack, Text, useStyles2 } from '@grafana/ui';

import { type AdvisorSuggestion } from '../../api/types';
import { SEVERITY_ORDER, severityLabel } from '../../components/severity';
import { testIds } from '../../components/testIds';
import { downloadText } from '../../services/download';
import { textLanguage } from '../../services/language';
import { prometheusRuleFile } from '../../services/promRules';
import { type AppSettings } from '../../settings';
import { NoDatasource } from '../NoDatasource';
import { ApplyRuleModal } from './ApplyRuleModal';
import { SuggestionCard } from './SuggestionCard';
import { useSuggestions } from './useSuggestions';

interface Props {
  settings: AppSettings;
  datasourceUid?: string;
}

function download(suggestions: AdvisorSuggestion[], name: string, language: 'ru' | 'en') {
  downloadText(`${name}.rules.yaml`, prometheusRuleFile(suggestions, language));
}

/** Suggested alert rules by severity, each with its backtest; apply to Grafana or download for Prometheus. */
export function AdvisorPage({ settings, datasourceUid }: Props) {
  return (
    <PluginPage
      subTitle={t('advisor.subtitle', 'Thresholds tuned on your fleet’s history, and how often each would have fired.')}
    >
      <div data-testid={testIds.advisor.container}>
        {datasourceUid ? <Suggestions uid={datasourceUid} settings={settings} /> : <NoDatasource />}
      </div>
    </PluginPage>
  );
}

function Suggestions({ uid, settings }: { uid: string; settings: AppSettings }) {
  const styles = useStyles2(getStyles);
  const state = useSuggestions(uid);
  const [applying, setApplying] = useState<AdvisorSuggestion | null>(null);
  const language = textLanguage();
  const downloadOne = useCallback((s: AdvisorSuggestion) => download([s], s.alert, language), [language]);

  if (state.status === 'loading') {
    return <LoadingPlaceholder text={t('advisor.loading', 'Loading suggestions…')} />;
  }
  if (state.status === 'failed') {
    return <Alert severity="error" title={state.message} data-testid={testIds.errorAlert} />;
  }
  if (state.suggestions.length === 0) {
    return (
      <Trans i18nKey="advisor.empty">
        The advisor has no suggestions yet; it needs a few days of history in Prometheus.
      </Trans>
    );
  }

  return (
    <Stack direction="column" gap={3}>
      <div>
        <Button
          variant="secondary"
          icon="download-alt"
          onClick={() => download(state.suggestions, 'kkt-monitor', language)}
        >
          {t('advisor.download-all', 'Download all as a Prometheus rule file')}
        </Button>
      </div>
      {SEVERITY_ORDER.map((severity) => {
        const group = state.suggestions.filter((s) => s.severity === severity);
        return (
          group.length > 0 && (
            <div key={severity} className={styles.group}>
              <Text element="h2" variant="h4">
                {severityLabel(severity)}
              </Text>
              {group.map((s) => (
                <SuggestionCard
                  key={s.alert}
                  suggestion={s}
                  language={language}
                  onApply={setApplying}
                  onDownload={downloadOne}
                />
              ))}
            </div>
          )
        );
      })}
      {applying && (
        <ApplyRuleModal
          suggestion={applying}
          language={language}
          prometheusUid={settings.prometheusUid}
          onDismiss={() => setApplying(null)}
        />
      )}
    </Stack>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  group: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2) }),
});
