import { type Row, entries } from './entry';

/**
 * fr_drv_ng library codes: negative, the driver's own (codes of zero and above come from the register).
 * The driver words them in Russian or English by the locale it starts in.
 */
const ROWS: readonly Row[] = [
  [-1, 'high', 'No connection to the register'],
  [-9, 'warning', 'Reading from the FN failed'],
  [
    -70,
    'high',
    'Device not supported by the driver',
    'Устройство не поддерживается драйвером',
    'Device is not supported by the driver',
  ],
];

export const FRDRVNG = entries('frdrvng', ROWS);
