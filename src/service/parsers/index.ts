import { AtolRules } from './atol';
import { DrvFrRules } from './drvfr';
import { type FormatRules, RuleParser } from './engine';
import { FrDrvNgRules } from './frdrvng';
import { JavaPosRules } from './javapos';
import { JsonLinesRules } from './jsonl';
import { KkmServerRules } from './kkmserver';
import { RegexRules } from './regex';
import { type LineParser, type LogFormat, type ParserOptions } from './types';

export * from './types';

/**
 * A parser for one file of the given format. Parsers keep state between lines (a pending multi-line
 * record, the last date seen), so each file gets its own.
 * @throws KktError CONFIG_INVALID when the regex format's pattern or a time format is unusable
 */
export function createParser(format: LogFormat, options: ParserOptions = {}): LineParser {
  return new RuleParser(rulesFor(format, options));
}

function rulesFor(format: LogFormat, options: ParserOptions): FormatRules {
  switch (format) {
    case 'atol':
      return new AtolRules();
    case 'frdrvng':
      return new FrDrvNgRules(options);
    case 'drvfr':
      return new DrvFrRules();
    case 'javapos':
      return new JavaPosRules(options);
    case 'kkmserver':
      return new KkmServerRules();
    case 'jsonl':
      return new JsonLinesRules(options);
    case 'regex':
      return new RegexRules(options);
  }
}
