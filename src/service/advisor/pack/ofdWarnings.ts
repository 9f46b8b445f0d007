import { bin, call, num, selector } from '../promql/ast';
import { humanDuration } from './format';
import { seasonalLocal, trendLocal } from './local';
import { DAY_MS, HOUR_MS, MINUTE_MS, params, unlessCollectorDown, unlessSeasonal } from './signals';
import { type RuleSpec } from './types';

const OFD_LAG = bin(
  '-',
  selector('kkt_last_document_timestamp_seconds'),
  selector('kkt_ofd_last_received_document_timestamp_seconds')
);
const UNSENT = selector('kkt_ofd_unsent_documents');
/** Where the unsent backlog is heading 6 hours on, at the pace of the last 2. */
const BACKLOG_TREND = call('predict_linear', UNSENT, 7200, 21_600);

/** Warnings about documents on their way to the OFD, weeks before the 30-day block. */
export const OFD_WARNINGS: readonly RuleSpec[] = [
  {
    alert: 'KktOfdSyncDelay',
    severity: 'warning',
    method: 'level',
    signal: () => OFD_LAG,
    direction: 'above',
    unit: 'seconds',
    defaults: params(1800, 15 * MINUTE_MS),
    condition: (p) => unlessCollectorDown(unlessSeasonal((s) => bin('>', s, num(p.threshold)), OFD_LAG, p.seasons)),
    local: seasonalLocal(OFD_LAG),
    bounds: [600, 86_400],
    maxForMs: 3 * HOUR_MS,
    incidents: { kinds: ['backlog_limit'], leadMs: 30 * DAY_MS },
    summary: (p) => ({
      en: `Register {{ $labels.device_id }}: the OFD is over ${humanDuration(p.threshold).en} behind`,
      ru: `Касса {{ $labels.device_id }}: ОФД отстаёт более чем на ${humanDuration(p.threshold).ru}`,
    }),
    description: () => ({
      en:
        'The last document the OFD received is older than the last one the register formed, by more than ' +
        'usual. Check the register internet link and OFD settings: documents unsent for 30 days block the FN.',
      ru:
        'Последний полученный ОФД документ старше последнего сформированного кассой сильнее обычного. ' +
        'Проверьте интернет на кассе и настройки ОФД: документы, не отправленные 30 дней, блокируют ФН.',
    }),
  },
  {
    alert: 'KktOfdLinkDown',
    severity: 'warning',
    method: 'fixed',
    signal: () => selector('kkt_ofd_link_up'),
    direction: 'below',
    unit: 'flag',
    defaults: params(0, 15 * MINUTE_MS),
    condition: (p) => unlessCollectorDown(bin('==', selector('kkt_ofd_link_up'), num(p.threshold))),
    maxForMs: 3 * HOUR_MS,
    incidents: { kinds: ['backlog_limit'], leadMs: 30 * DAY_MS },
    summary: () => ({
      en: 'Register {{ $labels.device_id }} has no link to the OFD',
      ru: 'У кассы {{ $labels.device_id }} нет связи с ОФД',
    }),
    description: () => ({
      en:
        'Documents queue up in the FN meanwhile. Check the network, the OFD address and port in the register ' +
        'settings, and the operator status page.',
      ru:
        'Документы тем временем копятся в ФН. Проверьте сеть, адрес и порт ОФД в настройках кассы и страницу ' +
        'состояния оператора.',
    }),
  },
  {
    alert: 'KktOfdBacklogGrowing',
    severity: 'warning',
    method: 'trend',
    signal: () => UNSENT,
    direction: 'above',
    unit: 'count',
    defaults: params(50, 30 * MINUTE_MS),
    condition: (p) =>
      unlessCollectorDown(
        bin('and', bin('>', UNSENT, num(p.threshold)), bin('>', BACKLOG_TREND, num(2 * p.threshold)))
      ),
    local: trendLocal(
      (bound) => unlessCollectorDown(bin('>', UNSENT, num(bound))),
      (bound) => bin('>', BACKLOG_TREND, num(2 * bound)),
      (level, trend, threshold) => level > threshold && trend > 2 * threshold
    ),
    bounds: [10, 5000],
    maxForMs: 3 * HOUR_MS,
    incidents: { kinds: ['backlog_limit'], leadMs: 30 * DAY_MS },
    summary: (p) => ({
      en: `Unsent backlog of register {{ $labels.device_id }} is over ${p.threshold} documents and growing`,
      ru: `Очередь неотправленных документов кассы {{ $labels.device_id }} больше ${p.threshold} и растёт`,
    }),
    description: (p) => ({
      en:
        `At the pace of the last 2 hours it passes ${2 * p.threshold} documents within 6 hours. Restore the ` +
        'OFD link long before the oldest document nears 30 days.',
      ru:
        `При темпе последних 2 часов она превысит ${2 * p.threshold} документов за 6 часов. Восстановите связь ` +
        'с ОФД задолго до того, как старейшему документу исполнится 30 дней.',
    }),
  },
];
