import { bin, call, num, selector } from '../promql/ast';
import { params } from './signals';
import { type RuleSpec } from './types';

const INFO = selector('kkt_device_info');
const INFO_HOUR_AGO = { ...INFO, offset: 3600 };

/** Changes to a register's identity and status worth a note, not a page. */
export const INFO_RULES: readonly RuleSpec[] = [
  {
    alert: 'KktFnReplaced',
    severity: 'info',
    method: 'fixed',
    signal: () => INFO,
    direction: 'above',
    unit: 'flag',
    defaults: params(0, 0),
    // A register known an hour ago whose FN serial was not: its FN has been replaced since.
    condition: () =>
      bin('and', bin('unless', INFO, INFO_HOUR_AGO, ['device_id', 'fn_serial']), INFO_HOUR_AGO, ['device_id']),
    maxForMs: 0,
    summary: () => ({
      en: 'Register {{ $labels.device_id }} has a new fiscal drive {{ $labels.fn_serial }}',
      ru: 'На кассе {{ $labels.device_id }} новый ФН {{ $labels.fn_serial }}',
    }),
    description: () => ({
      en:
        'The FN serial changed in the last hour. Check that the register was re-registered with the tax ' +
        'service and that the old FN is closed and kept for 5 years.',
      ru:
        'Номер ФН сменился за последний час. Проверьте, что касса перерегистрирована в ФНС, а старый ФН ' +
        'закрыт и хранится 5 лет.',
    }),
  },
  {
    alert: 'KktRegistrationChanged',
    severity: 'info',
    method: 'fixed',
    signal: () => selector('kkt_registration_ok'),
    direction: 'above',
    unit: 'count',
    defaults: params(0, 0),
    condition: (p) => bin('>', call('changes', selector('kkt_registration_ok'), 3600), num(p.threshold)),
    maxForMs: 0,
    summary: () => ({
      en: 'Registration status of register {{ $labels.device_id }} changed',
      ru: 'Статус регистрации кассы {{ $labels.device_id }} изменился',
    }),
    description: () => ({
      en:
        'The tax service registration status changed in the last hour. If it is not in order now, the ' +
        "register page has the operator's explanation.",
      ru:
        'Статус регистрации в ФНС изменился за последний час. Если сейчас он не в порядке, пояснение ' +
        'оператора есть на странице кассы.',
    }),
  },
];
