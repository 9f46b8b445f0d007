import { bin, num, selector } from '../promql/ast';
import { burnRateCondition, errorShare } from './burnRate';
import { humanDuration, percent } from './format';
import { burnLocal } from './local';
import { age, DAY_MS, dayCount, MINUTE_MS, params, remaining } from './signals';
import { type RuleSpec } from './types';

/** Alerts that leave days, not hours, before a register stops selling. */
export const HIGH_RULES: readonly RuleSpec[] = [
  {
    alert: 'KktOfdBacklogNearBlock',
    severity: 'high',
    method: 'deadline',
    signal: () => age('kkt_ofd_oldest_unsent_document_timestamp_seconds'),
    direction: 'above',
    unit: 'seconds',
    defaults: params(25 * 86_400, 15 * MINUTE_MS),
    condition: (p) => bin('>', age('kkt_ofd_oldest_unsent_document_timestamp_seconds'), dayCount(p.threshold)),
    maxForMs: 60 * MINUTE_MS,
    incidents: { kinds: ['backlog_limit'], leadMs: 7 * DAY_MS },
    summary: (p) => ({
      en: `Register {{ $labels.device_id }}: a document has waited for the OFD over ${humanDuration(p.threshold).en}`,
      ru: `Касса {{ $labels.device_id }}: документ не подтверждён ОФД более ${humanDuration(p.threshold).ru}`,
    }),
    description: () => ({
      en:
        'The FN blocks the register when its oldest unconfirmed document is 30 days old. Restore the link ' +
        'to the OFD (network, OFD settings, paid contract) and check that the unsent backlog drains.',
      ru:
        'ФН заблокирует кассу, когда старейшему неподтверждённому документу исполнится 30 дней. Восстановите ' +
        'связь с ОФД (сеть, настройки ОФД, оплаченный договор) и проверьте, что очередь уходит.',
    }),
  },
  {
    alert: 'KktDeviceErrorRateHigh',
    severity: 'high',
    method: 'burn_rate',
    signal: () => errorShare(3600),
    direction: 'above',
    unit: 'fraction',
    defaults: params(0.01, 0),
    condition: (p) => burnRateCondition(p.threshold),
    local: burnLocal,
    bounds: [0.001, 0.05],
    maxForMs: 60 * MINUTE_MS,
    incidents: { kinds: ['fn_blocked'], leadMs: 0 },
    summary: () => ({
      en: 'Register {{ $labels.device_id }} fails an unusual share of its operations',
      ru: 'Касса {{ $labels.device_id }}: необычно большая доля операций с ошибкой',
    }),
    description: (p) => ({
      en:
        `Critical and high errors exceed the error budget of ${percent(p.threshold)} of operations many times ` +
        'over, in a long and a short window. The register error clusters show whether paper, printer, FN or ' +
        'driver is at fault.',
      ru:
        `Критические и серьёзные ошибки многократно превышают бюджет в ${percent(p.threshold)} операций, и в ` +
        'длинном, и в коротком окне. Кластеры ошибок кассы покажут, виноваты ли бумага, принтер, ФН или драйвер.',
    }),
  },
  {
    alert: 'KktFnMemoryAlmostFull',
    severity: 'high',
    method: 'deadline',
    signal: () => selector('kkt_fn_memory_used_ratio'),
    direction: 'above',
    unit: 'ratio',
    defaults: params(0.9, 5 * MINUTE_MS),
    condition: (p) => bin('>=', selector('kkt_fn_memory_used_ratio'), num(p.threshold)),
    maxForMs: 60 * MINUTE_MS,
    summary: (p) => ({
      en: `Fiscal drive archive of register {{ $labels.device_id }} is over ${percent(p.threshold)} full`,
      ru: `Архив ФН кассы {{ $labels.device_id }} заполнен более чем на ${percent(p.threshold)}`,
    }),
    description: () => ({
      en: 'Plan the FN replacement for the next days: a full archive refuses documents.',
      ru: 'Запланируйте замену ФН в ближайшие дни: заполненный архив не принимает документы.',
    }),
  },
  {
    alert: 'KktFnExpiresIn3Days',
    severity: 'high',
    method: 'deadline',
    signal: () => remaining('kkt_fn_expiry_timestamp_seconds'),
    direction: 'below',
    unit: 'seconds',
    defaults: params(3 * 86_400, 5 * MINUTE_MS),
    condition: (p) => bin('<', remaining('kkt_fn_expiry_timestamp_seconds'), dayCount(p.threshold)),
    maxForMs: 60 * MINUTE_MS,
    summary: () => ({
      en: 'Fiscal drive of register {{ $labels.device_id }} expires within 3 days',
      ru: 'Срок ФН кассы {{ $labels.device_id }} истекает в течение 3 дней',
    }),
    description: () => ({
      en: 'Replace the FN and re-register the register before it expires, or it stops issuing receipts.',
      ru: 'Замените ФН и перерегистрируйте кассу до окончания срока, иначе она перестанет пробивать чеки.',
    }),
  },
];
