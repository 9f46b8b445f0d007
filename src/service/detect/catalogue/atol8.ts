import { type CatalogueEntry, type Row, entries, standingFor } from './entry';

/**
 * Legacy ATOL driver 8 result codes, negative, still shown by POS software ("Произошла ошибка -3822").
 * The -39xx codes that only relay an FN code point at that FN condition.
 */
const ROWS: readonly Row[] = [
  [
    -12,
    'warning',
    'Command not supported by this hardware',
    'Команда не поддерживается в данной конфигурации оборудования',
  ],
  [-16, 'warning', 'Not supported in the current device mode', 'Не поддерживается в данном режиме устройства'],
  [-3807, 'warning', 'Paper out', 'Нет бумаги'],
  [-3822, 'critical', 'Shift open for more than 24 hours', 'Смена открыта более 24 часов'],
  [-3827, 'info', 'Control tape is printing', 'Идёт печать контрольной ленты'],
  [-3829, 'info', 'Report is printing', 'Идёт печать отчёта'],
  [-3835, 'info', 'Amount paid is less than the receipt total', 'Вносимая сумма меньше суммы чека'],
  [-3978, 'critical', 'FN crypto-coprocessor resource exhausted', 'Исчерпан ресурс КС ФН'],
  [-3979, 'critical', 'FN storage resource exhausted', 'Исчерпан ресурс хранения ФН'],
  [-3980, 'high', 'OFD message cannot be accepted by the FN', 'Сообщение от ОФД не может быть принято ФН'],
  [-3981, 'warning', 'FN holds documents not sent to the OFD', 'В ФН есть не отправленные ФД'],
  [-3995, 'critical', 'FN waiting time for sending exhausted', 'Исчерпан ресурс ожидания передачи сообщения в ФН'],
  [-3996, 'critical', 'FN shift longer than 24 hours', 'Продолжительность смены ФН более 24 часов'],
  [
    -3997,
    'high',
    'Wrong time difference between two FN operations',
    'Неверная разница во времени между двумя операциями ФН',
  ],
  [-4015, 'warning', 'Receipt could not be closed', 'Не удалось закрыть чек'],
];

const FN_CONDITIONS: Readonly<Record<string, string>> = {
  '-3822': 'fn:0x16',
  '-3978': 'fn:0x12',
  '-3979': 'fn:0x14',
  '-3980': 'fn:0x20',
  '-3995': 'fn:0x15',
  '-3996': 'fn:0x16',
  '-3997': 'fn:0x17',
};

export const ATOL8: CatalogueEntry[] = standingFor(entries('atol8', ROWS), FN_CONDITIONS);
