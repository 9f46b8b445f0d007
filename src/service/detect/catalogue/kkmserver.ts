import { type Row, entries } from './entry';

/**
 * Codes KKM-Server puts before "-ККТ:" in its error texts ("142-ККТ: Нулевой итог чека"). They are the
 * register's own codes passed on; one unknown here is read from the wording that follows it.
 */
const ROWS: readonly Row[] = [[142, 'warning', 'Zero receipt total', 'Нулевой итог чека']];

export const KKMSERVER = entries('kkmserver', ROWS);
