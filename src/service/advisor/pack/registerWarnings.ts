import { abs, bin, call, type Expr, hours, num, selector, shifted, sum } from '../promql/ast';
import { humanDuration, percent } from './format';
import { belowBaseline, belowBaselinesLocal, seasonalLocal, trendLocal } from './local';
import {
  age,
  dayCount,
  DEVICE_LABELS,
  HOUR_MS,
  MINUTE_MS,
  params,
  remaining,
  SEASON_SECONDS,
  unlessCollectorDown,
  unlessSeasonal,
} from './signals';
import { type RuleParams, type RuleSpec, type Season } from './types';

const RECEIPT_RATE = sum(
  DEVICE_LABELS,
  call('rate', selector('kkt_fiscal_documents_total', { type: 'receipt' }), 3600)
);

const MEMORY = selector('kkt_fn_memory_used_ratio');
/** Where the FN archive is heading a week on, at the pace of the last day. */
const MEMORY_TREND = call('predict_linear', MEMORY, 86_400, 7 * 86_400);

/** A baseline counts only when the register sold at least this much then: 6 receipts an hour. */
const BUSY = num(6 / 3600, '6 / 3600');

/** Warnings about one register's own behaviour: silence, sales, shift, clock and FN lifetime. */
export const REGISTER_WARNINGS: readonly RuleSpec[] = [
  {
    alert: 'KktDeviceSilent',
    severity: 'warning',
    method: 'level',
    signal: () => age('kkt_device_last_seen_timestamp_seconds'),
    direction: 'above',
    unit: 'seconds',
    defaults: params(7200, 15 * MINUTE_MS),
    condition: (p) =>
      unlessCollectorDown(
        unlessSeasonal((s) => bin('>', s, num(p.threshold)), age('kkt_device_last_seen_timestamp_seconds'), p.seasons)
      ),
    local: seasonalLocal(age('kkt_device_last_seen_timestamp_seconds')),
    bounds: [900, 43_200],
    maxForMs: 2 * HOUR_MS,
    incidents: { kinds: ['offline'], leadMs: 0 },
    summary: (p) => ({
      en: `Register {{ $labels.device_id }} has been silent for over ${humanDuration(p.threshold).en}`,
      ru: `Касса {{ $labels.device_id }} молчит более ${humanDuration(p.threshold).ru}`,
    }),
    description: () => ({
      en:
        'No log line and no document from the register for longer than usual at this time. Check whether the ' +
        'store is open and the register switched on: a register left off sends no documents.',
      ru:
        'Ни строк журнала, ни документов от кассы дольше обычного для этого времени. Проверьте, открыт ли ' +
        'магазин и включена ли касса: выключенная касса не отправляет документы.',
    }),
  },
  {
    alert: 'KktDocumentRateLow',
    severity: 'warning',
    method: 'level',
    signal: () => bin('/', RECEIPT_RATE, shifted(RECEIPT_RATE, SEASON_SECONDS['1w'])),
    direction: 'below',
    unit: 'ratio',
    defaults: params(0.2, 30 * MINUTE_MS, { seasons: ['1w'] }),
    condition: (p) => unlessCollectorDown(belowBaselines(p)),
    local: belowBaselinesLocal(RECEIPT_RATE, BUSY, ['1w']),
    bounds: [0.02, 0.5],
    maxForMs: 2 * HOUR_MS,
    incidents: { kinds: ['offline'], leadMs: 0 },
    summary: () => ({
      en: 'Register {{ $labels.device_id }} issues far fewer receipts than usual',
      ru: 'Касса {{ $labels.device_id }} пробивает намного меньше чеков, чем обычно',
    }),
    description: (p) => ({
      en:
        `Receipts over the last hour are under ${percent(p.threshold)} of the same hour ${seasonsText(p.seasons).en}. ` +
        'Check that the register can sell: paper, FN, shift, the POS software.',
      ru:
        `Чеков за последний час меньше ${percent(p.threshold)} от того же часа ${seasonsText(p.seasons).ru}. ` +
        'Проверьте, что касса может продавать: бумага, ФН, смена, кассовая программа.',
    }),
  },
  {
    alert: 'KktShiftOpenTooLong',
    severity: 'warning',
    method: 'deadline',
    signal: () => age('kkt_shift_opened_timestamp_seconds'),
    direction: 'above',
    unit: 'seconds',
    defaults: params(22 * 3600, 5 * MINUTE_MS),
    condition: (p) =>
      bin(
        'and',
        bin('>', age('kkt_shift_opened_timestamp_seconds'), hours(p.threshold / 3600)),
        bin('==', selector('kkt_shift_open'), num(1))
      ),
    maxForMs: 30 * MINUTE_MS,
    incidents: { kinds: ['shift_over_24h'], leadMs: 3 * HOUR_MS },
    summary: (p) => ({
      en: `Shift on register {{ $labels.device_id }} has been open for over ${humanDuration(p.threshold).en}`,
      ru: `Смена на кассе {{ $labels.device_id }} открыта более ${humanDuration(p.threshold).ru}`,
    }),
    description: () => ({
      en: 'A shift open for 24 hours blocks receipts until it is closed. Close it with a Z-report and open a new one.',
      ru: 'Смена, открытая 24 часа, блокирует чеки до закрытия. Закройте её Z-отчётом и откройте новую.',
    }),
  },
  {
    alert: 'KktFnExpiresIn30Days',
    severity: 'warning',
    method: 'deadline',
    signal: () => remaining('kkt_fn_expiry_timestamp_seconds'),
    direction: 'below',
    unit: 'seconds',
    defaults: params(30 * 86_400, 60 * MINUTE_MS),
    condition: (p) => bin('<', remaining('kkt_fn_expiry_timestamp_seconds'), dayCount(p.threshold)),
    maxForMs: 6 * HOUR_MS,
    summary: () => ({
      en: 'Fiscal drive of register {{ $labels.device_id }} expires within 30 days',
      ru: 'Срок ФН кассы {{ $labels.device_id }} истекает в течение 30 дней',
    }),
    description: () => ({
      en: 'Order a replacement FN and plan the re-registration with the tax service.',
      ru: 'Закажите новый ФН и запланируйте перерегистрацию кассы в ФНС.',
    }),
  },
  {
    alert: 'KktFnMemoryFillingUp',
    severity: 'warning',
    method: 'trend',
    signal: () => MEMORY,
    direction: 'above',
    unit: 'ratio',
    defaults: params(0.8, 60 * MINUTE_MS),
    condition: (p) => bin('and', bin('>=', MEMORY, num(p.threshold)), bin('>=', MEMORY_TREND, num(1))),
    local: trendLocal(
      (bound) => bin('>=', MEMORY, num(bound)),
      () => bin('>=', MEMORY_TREND, num(1)),
      (level, trend, threshold) => level >= threshold && trend >= 1
    ),
    bounds: [0.5, 0.95],
    maxForMs: 6 * HOUR_MS,
    summary: () => ({
      en: 'Fiscal drive archive of register {{ $labels.device_id }} fills up within a week',
      ru: 'Архив ФН кассы {{ $labels.device_id }} заполнится в течение недели',
    }),
    description: (p) => ({
      en: `It is over ${percent(p.threshold)} full and at the pace of the last day full in 7 days. Order a new FN.`,
      ru: `Он заполнен более чем на ${percent(p.threshold)} и при темпе последних суток заполнится за 7 дней. Закажите новый ФН.`,
    }),
  },
  {
    alert: 'KktClockDrift',
    severity: 'warning',
    method: 'deadline',
    signal: () => abs(selector('kkt_device_clock_offset_seconds')),
    direction: 'above',
    unit: 'seconds',
    defaults: params(300, 10 * MINUTE_MS),
    condition: (p) => bin('>', abs(selector('kkt_device_clock_offset_seconds')), num(p.threshold)),
    maxForMs: 60 * MINUTE_MS,
    summary: () => ({
      en: 'Clock of register {{ $labels.device_id }} is over 5 minutes off',
      ru: 'Часы кассы {{ $labels.device_id }} расходятся с точным временем более чем на 5 минут',
    }),
    description: () => ({
      en: 'A receipt time must not differ from real time by more than 5 minutes. Set the register clock.',
      ru: 'Время в чеке не должно отличаться от реального более чем на 5 минут. Выставьте часы кассы.',
    }),
  },
];

/** Receipts below a fraction of each seasonal baseline, counting only baselines when the register was busy. */
function belowBaselines(p: RuleParams): Expr {
  const seasons: readonly Season[] = p.seasons.length > 0 ? p.seasons : ['1w'];
  return seasons
    .map((s) => belowBaseline(RECEIPT_RATE, s, p.threshold, BUSY))
    .reduce((all, term) => bin('and', all, term));
}

function seasonsText(seasons: readonly Season[]) {
  const en = seasons.map((s) => (s === '1d' ? 'yesterday' : 'a week ago')).join(' and ');
  const ru = seasons.map((s) => (s === '1d' ? 'вчера' : 'неделю назад')).join(' и ');
  return { en: en || 'a week ago', ru: ru || 'неделю назад' };
}
