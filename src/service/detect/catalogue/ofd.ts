import { type Row, entries } from './entry';

/**
 * OFD errors, keyed "<operator>-<code>" because each operator numbers its own: API error codes of Taxcom,
 * Kontur (with their URN texts), Platforma OFD (HTTP status where no code is given) and Yandex OFD, and
 * the network error codes 1-8 ATOL registers report for their OFD link (relayed by ATOL Online).
 */
const ROWS: readonly Row[] = [
  ['taxcom-2108', 'high', 'OFD login failed', 'Ошибка авторизации'],
  ['taxcom-2109', 'warning', 'OFD access token expired', 'Истек срок действия маркера доступа'],
  ['taxcom-2110', 'warning', 'OFD access token missing', 'Не указан маркер временного доступа'],
  ['taxcom-2111', 'high', 'Not allowed to call this OFD method', 'Недостаточно прав для вызова метода'],
  ['taxcom-2112', 'high', 'Integrator id or token rejected', 'Некорректная пара Integrator-ID/Integration-Token'],
  ['taxcom-2201', 'warning', 'Malformed OFD request', 'Некорректный формат запроса'],
  ['taxcom-3101', 'info', 'Document not found at the OFD', 'Документ не найден'],
  ['taxcom-3102', 'info', 'Outlet not found at the OFD', 'Торговая точка не найдена'],
  ['taxcom-3103', 'warning', 'Register not found at the OFD', 'ККТ не найдена'],
  ['taxcom-3105', 'info', 'Shift not found at the OFD', 'Смена не найдена'],
  ['taxcom-3106', 'warning', 'No registers found at the OFD', 'Не найдено ни одной ККТ'],
  ['taxcom-5101', 'warning', 'OFD internal error', 'Внутренняя ошибка сервера'],
  ['taxcom-5102', 'warning', 'OFD unhandled exception', 'Необрабатываемое исключение'],
  [
    'kontur-400000',
    'warning',
    'Invalid OFD request',
    'urn:error:request:invalid',
    'urn:error:page-query:build:invalid',
    'urn:error:document-metas-service:get-document-ids:failed',
  ],
  ['kontur-400002', 'warning', 'Invalid period in the OFD request', 'urn:error:request-parameter:period:invalid'],
  [
    'kontur-400007',
    'warning',
    'Required parameter missing in the OFD request',
    'urn:error:request-parameter:*:required',
  ],
  ['kontur-400008', 'warning', 'Invalid date in the OFD request', 'urn:error:request-parameter:date:invalid'],
  [
    'kontur-400009',
    'warning',
    'Invalid date and time in the OFD request',
    'urn:error:request-parameter:datetime:invalid',
  ],
  ['kontur-401002', 'warning', 'OFD session expired', 'urn:error:request-parameter:auth-sid:required:access-denied'],
  [
    'kontur-401003',
    'high',
    'Integrator key missing or unknown',
    'urn:error:request-parameter:apikey:required:access-denied',
    'urn:error:request-parameter:apikey:unknown:access-denied',
  ],
  [
    'kontur-403000',
    'high',
    'No access to the OFD data',
    'urn:error:access:forbidden',
    'urn:error:access-to:cashboxdocuments:forbidden',
    'urn:error:access-to:organizationdocuments:forbidden',
  ],
  ['kontur-403002', 'high', 'No access to the register at the OFD', 'urn:error:access-to:cashbox:forbidden'],
  ['kontur-403003', 'high', 'No access to the organisation at the OFD', 'urn:error:access-to:organization:forbidden'],
  ['kontur-404000', 'warning', 'Organisation not found at the OFD', 'urn:error:organization:not-found'],
  ['kontur-404001', 'info', 'Document not found at the OFD', 'urn:error:documents:document:not-found'],
  ['platformaofd-http401', 'high', 'OFD token invalid or expired', 'Неверный токен или истек срок его действия'],
  ['platformaofd-503-01', 'info', 'OFD still processing receipts', 'One or more receipts in processing yet'],
  ['platformaofd-http503', 'info', 'OFD rate limit reached', 'Too many requests. Retry after'],
  ['platformaofd-http504', 'warning', 'OFD gateway timeout'],
  ['atolonline-0', 'info', 'OFD link without errors'],
  ['atolonline-1', 'high', 'No physical link for the OFD', 'Отсутствует физический канал связи'],
  [
    'atolonline-2',
    'high',
    'No connection to the OFD server or wrong network settings',
    'Ошибка сетевых настроек или нет соединения с сервером ОФД',
  ],
  [
    'atolonline-3',
    'high',
    'Connection broken while sending a document to the OFD',
    'Разрыв соединения при передаче документа на сервер',
  ],
  ['atolonline-4', 'warning', 'Bad session packet header', 'Некорректный заголовок сессионного пакета'],
  ['atolonline-5', 'high', 'Timed out waiting for the OFD receipt', 'Превышен таймаут ожидания квитанции'],
  [
    'atolonline-6',
    'high',
    'Connection broken while receiving the OFD receipt',
    'Разрыв соединения при приёме квитанции',
  ],
  ['atolonline-7', 'high', 'Timed out sending a document to the OFD', 'Превышен таймаут передачи документа на сервер'],
  [
    'atolonline-8',
    'warning',
    'OFD exchange process not initialised',
    'ОФД-процесс не иницилизирован',
    'ОФД-процесс не инициализирован',
  ],
  [
    'yandex-4',
    'warning',
    'Register not found at the OFD or not accessible',
    'Cash Register not found',
    'К запрошенной кассе нет доступа или она не существует',
  ],
];

export const OFD = entries('ofd', ROWS);

/** The key of an OFD code: OFD codes only mean something together with their operator. */
export function ofdCode(operator: string, code: string | number): string {
  return `${operator}-${code}`;
}
