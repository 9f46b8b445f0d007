import { type Row, entries, standingFor } from './entry';

/**
 * Shtrih-M register codes above the FN range, in decimal as the drivers print them ("return code: 115").
 * Codes 1-63 are FN codes relayed, except the register's own codes listed here (51 "bad parameters" is
 * the register's, not FN 0x33: it reports a driver state, never storage exhaustion).
 */
const ROWS: readonly Row[] = [
  [51, 'warning', 'Bad parameters in the command', 'Некорректные параметры в команде', 'Incorrect command parameters'],
  [
    53,
    'warning',
    'Bad parameter for these settings',
    'Некорректный параметр при данных настройках',
    'Incorrect command parameters for this settings',
  ],
  [
    54,
    'warning',
    'Bad parameters for this model',
    'Некорректные параметры в команде для данной реализации',
    'Incorrect command parameters for this ECR implementation',
  ],
  [
    55,
    'warning',
    'Command not supported by this model',
    'Команда не поддерживается в данной реализации',
    'Command is not supported',
  ],
  [56, 'high', 'Firmware memory (PROM) error', 'Ошибка в ПЗУ', 'PROM error'],
  [57, 'high', 'Internal firmware error', 'Внутренняя ошибка ПО', 'Internal software error'],
  [61, 'warning', 'Shift not open', 'Смена не открыта - операция невозможна', 'Day is closed. Command is invalid'],
  [70, 'info', 'Not enough cash in the till', 'Не хватает наличности в кассе', 'No cash in ECR'],
  [
    74,
    'warning',
    'A receipt is open, the operation is impossible',
    'Открыт чек - операция невозможна',
    'Receipt is opened. Command is invalid',
  ],
  [
    78,
    'critical',
    'Shift over 24 hours',
    'Смена превысила 24 часа',
    'Открытая смена, 24 часа кончились',
    '24 hours over',
    'Opened day. 24 hours is over',
  ],
  [79, 'high', 'Wrong password', 'Неверный пароль', 'Invalid password'],
  [80, 'info', 'Previous command still printing', 'Идет печать предыдущей команды', 'Previous command is printing now'],
  [
    88,
    'warning',
    'Waiting for the command to continue printing',
    'Ожидание команды продолжения печати',
    'Waiting for continue print command',
  ],
  [107, 'warning', 'Paper out', 'Нет чековой ленты', 'No receipt paper'],
  [113, 'high', 'Cutter fault', 'Ошибка отрезчика', 'Cutter failure'],
  [
    114,
    'warning',
    'Command not supported in this submode',
    'Команда не поддерживается в данном подрежиме',
    'Command is not supported in this submode',
  ],
  [
    115,
    'warning',
    'Command not supported in this mode',
    'Команда не поддерживается в данном режиме',
    'Command is not supported in this mode',
  ],
  [142, 'warning', 'Zero receipt total', 'Нулевой итог чека', 'Zero receipt sum'],
  [143, 'high', 'Register not fiscalised', 'Касса не фискализирована', 'ECR is not fiscal'],
  [
    185,
    'high',
    'FN data structure version does not match the firmware',
    'Сигнатура версии структуры данных в накопителе не совпадает с текущей версией ПО',
  ],
  [196, 'high', 'Shift numbers do not match', 'Несовпадение номеров смен', 'Day numbers mismatch'],
  [200, 'high', 'No link with the printer', 'Ошибка связи с принтером'],
  [201, 'warning', 'Print head overheated', 'Перегрев печатающей головки', 'Print head overheated'],
];

/** Shtrih checks the shift's 24 hours itself, before the FN would refuse with 0x16. */
export const SHTRIH = standingFor(entries('shtrih', ROWS), { '78': 'fn:0x16' });

/** The FN codes Shtrih registers relay as their own 1-63. */
export const SHTRIH_FN_RANGE = { min: 0x01, max: 0x3f };
