import { bin, call, num, selector } from '../promql/ast';
import { humanDuration, percent } from './format';
import { MINUTE_MS, params, unlessCollectorDown } from './signals';
import { type RuleSpec } from './types';

/** Alerts that mean registers are not selling, or no one can see whether they are. */
export const CRITICAL_RULES: readonly RuleSpec[] = [
  {
    alert: 'KktExporterDown',
    severity: 'critical',
    method: 'fixed',
    signal: ({ job }) => selector('up', { job }),
    direction: 'below',
    unit: 'flag',
    defaults: params(0, 5 * MINUTE_MS),
    condition: (p, { job }) => bin('==', selector('up', { job }), num(p.threshold)),
    maxForMs: 15 * MINUTE_MS,
    summary: () => ({
      en: 'kkt-monitor at {{ $labels.instance }} cannot be scraped',
      ru: 'Prometheus не может опросить kkt-monitor на {{ $labels.instance }}',
    }),
    description: () => ({
      en:
        'No register behind this service is watched while Prometheus cannot scrape it. Check that the service ' +
        'runs, that {{ $labels.instance }} is reachable from Prometheus, and the service log.',
      ru:
        'Пока Prometheus не может опросить сервис, кассы за ним не контролируются. Проверьте, что сервис ' +
        'запущен, что {{ $labels.instance }} доступен с Prometheus, и журнал сервиса.',
    }),
  },
  {
    alert: 'KktCollectorDown',
    severity: 'critical',
    method: 'fixed',
    signal: () => selector('kkt_collector_success'),
    direction: 'below',
    unit: 'flag',
    defaults: params(0, 5 * MINUTE_MS),
    condition: (p) => bin('==', selector('kkt_collector_success'), num(p.threshold)),
    maxForMs: 30 * MINUTE_MS,
    summary: () => ({
      en: 'Collector {{ $labels.collector }} on {{ $labels.instance }} is failing',
      ru: 'Сборщик {{ $labels.collector }} на {{ $labels.instance }} не работает',
    }),
    description: () => ({
      en:
        'Its registers look silent and their own alerts are held back meanwhile. Read the service log for ' +
        'the collector: expired OFD credentials, an unreachable OFD API or an unreadable log directory.',
      ru:
        'Его кассы выглядят молчащими, их собственные оповещения пока придержаны. Посмотрите журнал сервиса ' +
        'по сборщику: истёкшие учётные данные ОФД, недоступный API ОФД или нечитаемый каталог журналов.',
    }),
  },
  {
    alert: 'KktDeviceDown',
    severity: 'critical',
    method: 'fixed',
    signal: () => selector('kkt_device_up'),
    direction: 'below',
    unit: 'flag',
    defaults: params(0, 5 * MINUTE_MS),
    condition: (p) => unlessCollectorDown(bin('==', selector('kkt_device_up'), num(p.threshold))),
    maxForMs: 60 * MINUTE_MS,
    incidents: { kinds: ['offline'], leadMs: 0 },
    summary: () => ({
      en: 'Register {{ $labels.device_id }} cannot be reached',
      ru: 'Касса {{ $labels.device_id }} недоступна',
    }),
    description: (p) => ({
      en:
        `Collecting from the register has failed for ${humanDuration(p.forMs / 1000).en}. Check that it is ` +
        'switched on and connected and that its driver runs; the register page shows the last error.',
      ru:
        `Сбор данных с кассы не удаётся уже ${humanDuration(p.forMs / 1000).ru}. Проверьте, что касса ` +
        'включена и подключена и что драйвер работает; последняя ошибка видна на странице кассы.',
    }),
  },
  {
    alert: 'KktFnBlocked',
    severity: 'critical',
    method: 'fixed',
    signal: () => selector('kkt_fn_blocked'),
    direction: 'above',
    unit: 'flag',
    defaults: params(1, 0),
    condition: (p) => bin('==', selector('kkt_fn_blocked'), num(p.threshold)),
    maxForMs: 0,
    incidents: { kinds: ['fn_blocked'], leadMs: 0 },
    summary: () => ({
      en: 'Fiscal drive of register {{ $labels.device_id }} is blocked: no receipts',
      ru: 'ФН кассы {{ $labels.device_id }} заблокирован: чеки не пробиваются',
    }),
    description: () => ({
      en:
        'If documents have waited for the OFD for 30 days, restore the OFD link and let them go out; if the ' +
        'FN expired or its archive is full, replace it and re-register the register with the tax service.',
      ru:
        'Если документы ждут отправки в ОФД 30 дней, восстановите связь с ОФД и дайте им уйти; если срок ФН ' +
        'истёк или архив заполнен, замените ФН и перерегистрируйте кассу в ФНС.',
    }),
  },
  {
    alert: 'KktFnCriticalError',
    severity: 'critical',
    method: 'fixed',
    signal: () => fnCriticalErrors(),
    direction: 'above',
    unit: 'count',
    defaults: params(0, 0),
    condition: (p) => {
      const counter = fnCriticalErrors();
      // A counter appears with its first error, which increase() cannot see: a new series counts too.
      const appeared = bin('unless', counter, { ...counter, offset: 900 });
      return bin('or', bin('>', call('increase', counter, 900), num(p.threshold)), appeared);
    },
    maxForMs: 0,
    incidents: { kinds: ['fn_blocked'], leadMs: 0 },
    summary: () => ({
      en: 'Critical fiscal drive error on register {{ $labels.device_id }}',
      ru: 'Критическая ошибка ФН на кассе {{ $labels.device_id }}',
    }),
    description: () => ({
      en:
        'The driver reported a critical FN error in the last 15 minutes. The register error list shows the ' +
        'code; a failing FN usually has to be replaced after its archive is read out.',
      ru:
        'Драйвер сообщил о критической ошибке ФН за последние 15 минут. Код виден в списке ошибок кассы; ' +
        'неисправный ФН обычно заменяют, предварительно считав архив.',
    }),
  },
  {
    alert: 'KktFnMemoryFull',
    severity: 'critical',
    method: 'deadline',
    signal: () => selector('kkt_fn_memory_used_ratio'),
    direction: 'above',
    unit: 'ratio',
    defaults: params(0.99, 5 * MINUTE_MS),
    condition: (p) => bin('>=', selector('kkt_fn_memory_used_ratio'), num(p.threshold)),
    maxForMs: 15 * MINUTE_MS,
    summary: () => ({
      en: 'Fiscal drive archive of register {{ $labels.device_id }} is full',
      ru: 'Архив ФН кассы {{ $labels.device_id }} заполнен',
    }),
    description: (p) => ({
      en: `The archive is ${percent(p.threshold)} full or more and a full FN refuses documents. Replace the FN now.`,
      ru: `Архив заполнен на ${percent(p.threshold)} и более, а заполненный ФН не принимает документы. Замените ФН.`,
    }),
  },
];

function fnCriticalErrors() {
  return selector('kkt_device_errors_total', { family: 'fn', severity: 'critical' });
}
