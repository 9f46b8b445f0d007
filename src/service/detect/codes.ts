import { isRecord } from '../parsers/json';
import { type LogFormat, type LogRecord } from '../parsers/types';
import { type CodedFamily } from './catalogue';

/** A numeric code found in a line; code 0 is a success. */
export interface FoundCode {
  family: CodedFamily;
  code: number;
}

interface CodeRule {
  /** Text one of which the message must hold for the pattern to be tried. */
  hints: readonly string[];
  /** Its first group is the code. */
  pattern: RegExp;
  family(code: number): CodedFamily;
}

/** fr_drv_ng numbers its own failures below zero; zero and above are the register's. */
const shtrihOrLibrary = (code: number): CodedFamily => (code < 0 ? 'frdrvng' : 'shtrih');

const RULES = {
  /** fr_drv_ng "command FF3B return code: 115 execution took 0ms". */
  returnCode: { hints: ['return code: '], pattern: /return code: (-?\d+)/, family: shtrihOrLibrary },
  /** fr_drv_ng under 1C "kkt error -70 : ...". */
  kktError: { hints: ['kkt error '], pattern: /kkt error (-?\d+)/, family: shtrihOrLibrary },
  /** fr_drv_ng under 1C "setError 7 Ошибка ККТ(-70: ...)". */
  setError: { hints: ['setError '], pattern: /setError \d+ [^(\n]*\((-?\d+):/, family: shtrihOrLibrary },
  /** JavaPOS and DrvFR "printZReport: 51, Некорректные параметры в команде", also "20, ФН: ...". */
  methodResult: { hints: [', '], pattern: /(?:^|: )(\d{1,3}), (?=[A-ZА-ЯЁ])/, family: () => 'shtrih' },
  /** JavaPOS "8Dh, Open receipt = 0, 343 ms": the number after "=" is the register's answer. */
  commandResult: { hints: [' ms'], pattern: /^[0-9A-F]{2,4}h, [^\n]*? = (\d+), \d+ ms/, family: () => 'shtrih' },
  /** DrvFR "(115), Команда не поддерживается в данном режиме". */
  parenthesised: { hints: ['), '], pattern: /\((\d{1,3})\), (?=[A-ZА-ЯЁ])/, family: () => 'shtrih' },
  /** KKM-Server "142-ККТ: Нулевой итог чека". */
  kkmServer: { hints: ['-ККТ:'], pattern: /(\d{1,4})-ККТ:/, family: () => 'kkmserver' },
  /** Legacy ATOL "Произошла ошибка -3822". */
  atol8: { hints: ['шибка', 'rror'], pattern: /(?:ошибка|error)\s*(-\d{2,4})\b/i, family: () => 'atol8' },
} satisfies Record<string, CodeRule>;

const RULES_BY_FORMAT: Readonly<Record<LogFormat, readonly CodeRule[]>> = {
  atol: [RULES.atol8],
  frdrvng: [RULES.returnCode, RULES.kktError, RULES.setError],
  drvfr: [RULES.returnCode, RULES.parenthesised, RULES.methodResult],
  javapos: [RULES.methodResult, RULES.commandResult, RULES.returnCode],
  kkmserver: [RULES.kkmServer, RULES.atol8],
  jsonl: generic(),
  regex: generic(),
};

/** Per format, one pattern of all its rules' hints: most lines have none, and one scan tells. */
const BY_FORMAT = new Map(
  Object.entries(RULES_BY_FORMAT).map(([format, rules]) => [format, { rules, hints: hintPattern(rules) }])
);

function hintPattern(rules: readonly CodeRule[]): RegExp {
  const hints = rules.flatMap((rule) => rule.hints).map((hint) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(hints.join('|'), 'i');
}

function generic(): CodeRule[] {
  const { returnCode, kktError, setError, kkmServer, methodResult, atol8 } = RULES;
  return [returnCode, kktError, setError, kkmServer, methodResult, atol8];
}

/** The first code the format's rules find in the record; ATOL results carry theirs in fields. */
export function findCode(record: LogRecord, format: LogFormat): FoundCode | null {
  if (format === 'atol') {
    const code = atolResultCode(record);
    if (code !== null) {
      return { family: 'atol', code };
    }
  }

  const byFormat = BY_FORMAT.get(format);
  if (!byFormat || !byFormat.hints.test(record.message)) {
    return null;
  }
  for (const rule of byFormat.rules) {
    const code = applyRule(rule, record.message);
    if (code !== null) {
      return { family: rule.family(code), code };
    }
  }
  return null;
}

function applyRule(rule: CodeRule, message: string): number | null {
  const match = rule.pattern.exec(message);
  return match ? Number(match[1]) : null;
}

/** "e.c" of an ATOL "recv data" result. */
function atolResultCode(record: LogRecord): number | null {
  const e = record.fields?.e;
  return isRecord(e) && typeof e.c === 'number' && Number.isInteger(e.c) ? e.c : null;
}
