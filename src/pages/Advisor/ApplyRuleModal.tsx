import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { config } from '@grafana/runtime';
import { Alert, Button, Combobox, Field, Input, Modal, RadioButtonGroup, TextLink } from '@grafana/ui';

import { type AdvisorSuggestion } from '../../api/types';
import { testIds } from '../../components/testIds';
import { grafanaRule } from '../../services/alertRule';
import { createAlertRule, createFolder, type Folder } from '../../services/grafanaApi';
import { RULE_GROUP } from '../../services/promRules';
import { reportError } from '../../services/userMessage';
import { DEFAULT_FOLDER, useApplyTargets } from './useApplyTargets';

interface Props {
  suggestion: AdvisorSuggestion;
  language: 'ru' | 'en';
  prometheusUid?: string;
  onDismiss: () => void;
}

type Status =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; uid: string } | { kind: 'failed'; message: string };

function defaultFolder(folders: Folder[] | null): Folder | undefined {
  return folders?.find((f) => f.title === DEFAULT_FOLDER);
}

/** Writes one suggestion as a Grafana-managed rule into a folder, on the chosen Prometheus datasource. */
export function ApplyRuleModal({ suggestion, language, prometheusUid, onDismiss }: Props) {
  const { folders, prometheus, error } = useApplyTargets();
  const [mode, setMode] = useState<'existing' | 'new' | null>(null);
  const [folderUid, setFolderUid] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState(DEFAULT_FOLDER);
  const [datasource, setDatasource] = useState(prometheusUid ?? prometheus[0]?.uid ?? null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const existing = folderUid ?? defaultFolder(folders)?.uid ?? null;
  const chosenMode = mode ?? (existing ? 'existing' : 'new');
  const ready =
    folders !== null && datasource !== null && (chosenMode === 'new' ? newTitle.trim() !== '' : existing !== null);

  const apply = async () => {
    setStatus({ kind: 'saving' });
    try {
      const folder = chosenMode === 'new' ? (await createFolder(newTitle.trim())).uid : (existing ?? '');
      const target = {
        orgId: config.bootData.user.orgId,
        folderUid: folder,
        group: RULE_GROUP,
        prometheusUid: datasource ?? '',
      };
      const { uid } = await createAlertRule(grafanaRule(suggestion, target, language));
      setStatus({ kind: 'done', uid });
    } catch (err) {
      setStatus({
        kind: 'failed',
        message: reportError(err, { alert: suggestion.alert }, 'applying a suggestion failed'),
      });
    }
  };

  return (
    <Modal
      title={t('advisor.apply.title', 'Apply {{alert}}', { alert: suggestion.alert })}
      isOpen
      onDismiss={onDismiss}
    >
      {error && <Alert severity="warning" title={error} />}
      <Field label={t('advisor.apply.datasource', 'Prometheus datasource')}>
        <Combobox
          options={prometheus.map((ds) => ({ value: ds.uid, label: ds.name }))}
          value={datasource}
          onChange={(option) => setDatasource(option.value)}
          placeholder={t('advisor.apply.no-prometheus', 'No Prometheus datasource')}
        />
      </Field>
      <Field label={t('advisor.apply.folder', 'Folder')}>
        <RadioButtonGroup
          options={[
            { value: 'existing', label: t('advisor.apply.folder-existing', 'Existing'), disabled: !folders?.length },
            { value: 'new', label: t('advisor.apply.folder-new', 'New') },
          ]}
          value={chosenMode}
          onChange={setMode}
        />
      </Field>
      {chosenMode === 'existing' ? (
        <Field label={t('advisor.apply.folder-pick', 'Folder for the rule')}>
          <Combobox
            data-testid={testIds.advisor.folder}
            options={(folders ?? []).map((f) => ({ value: f.uid, label: f.title }))}
            value={existing}
            onChange={(option) => setFolderUid(option.value)}
          />
        </Field>
      ) : (
        <Field label={t('advisor.apply.folder-title', 'Name of the new folder')}>
          <Input
            data-testid={testIds.advisor.folder}
            value={newTitle}
            onChange={(e) => setNewTitle(e.currentTarget.value)}
          />
        </Field>
      )}

      <Outcome status={status} />
      <Modal.ButtonRow>
        <Button variant="secondary" fill="outline" onClick={onDismiss}>
          {status.kind === 'done' ? t('advisor.apply.close', 'Close') : t('advisor.apply.cancel', 'Cancel')}
        </Button>
        {status.kind !== 'done' && (
          <Button
            onClick={apply}
            disabled={!ready || status.kind === 'saving'}
            data-testid={testIds.advisor.applyConfirm}
          >
            {t('advisor.apply.confirm', 'Create rule')}
          </Button>
        )}
      </Modal.ButtonRow>
    </Modal>
  );
}

function Outcome({ status }: { status: Status }) {
  if (status.kind === 'failed') {
    return <Alert severity="error" title={status.message} data-testid={testIds.advisor.error} />;
  }
  if (status.kind !== 'done') {
    return null;
  }
  return (
    <Alert
      severity="success"
      title={t('advisor.apply.done', 'The rule is created and can be edited in Alerting.')}
      data-testid={testIds.advisor.applied}
    >
      <TextLink href={`/alerting/grafana/${status.uid}/view`}>{t('advisor.apply.open-rule', 'Open the rule')}</TextLink>
    </Alert>
  );
}
