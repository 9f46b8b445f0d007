import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { csvColumn } from './csv';

/** Where the datasets live, relative to the repository root; they are read in place, never copied. */
export const LOGHUB_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'benchmarks', 'loghub-2k');

/**
 * Header format of each Loghub dataset, as the benchmark defines it (clustering notes, section 1.3).
 * Splitting the header off is the benchmark's job: the product only ever sees the message.
 */
export const HEADER_FORMATS: Record<string, string> = {
  HDFS: '<Date> <Time> <Pid> <Level> <Component>: <Content>',
  Hadoop: '<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>',
  Spark: '<Date> <Time> <Level> <Component>: <Content>',
  Zookeeper: '<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>',
  BGL: '<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>',
  HPC: '<LogId> <Node> <Component> <State> <Time> <Flag> <Content>',
  Thunderbird: '<Label> <Timestamp> <Date> <User> <Month> <Day> <Time> <Location> <Component>(\\[<PID>\\])?: <Content>',
  Windows: '<Date> <Time>, <Level>                  <Component>    <Content>',
  Linux: '<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>',
  Android: '<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>',
  HealthApp: '<Time>\\|<Component>\\|<Pid>\\|<Content>',
  Apache: '\\[<Time>\\] \\[<Level>\\] <Content>',
  Proxifier: '\\[<Time>\\] <Program> - <Content>',
  OpenSSH: '<Date> <Day> <Time> <Component> sshd\\[<Pid>\\]: <Content>',
  OpenStack: '<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>',
  Mac: '<Month>  <Date> <Time> <User> <Component>\\[<PID>\\]( \\(<Address>\\))?: <Content>',
};

export interface Dataset {
  name: string;
  messages: string[];
  /** True group of each line in the 2019 benchmark (EventId). */
  labels: string[];
  /** True group of each line in the Loghub-2.0 corrections (EventTemplate), when the dataset has them. */
  labels2: string[] | null;
}

/** The header format as a regular expression: literal parts kept, runs of spaces loosened, fields captured. */
export function headerRegex(format: string): RegExp {
  const parts = format.split(/(<[A-Za-z]+>)/).filter((p) => p !== '');
  const source = parts
    .map((part) => (/^<[A-Za-z]+>$/.test(part) ? `(?<${part.slice(1, -1)}>.*?)` : part.replace(/ +/g, '\\s+')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The message of every line; a line the header does not fit is an error, since rows align by position. */
export function splitMessages(name: string, text: string): string[] {
  const regex = headerRegex(HEADER_FORMATS[name]);
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }

  return lines.map((line, i) => {
    const content = regex.exec(line.trim())?.groups?.Content;
    if (content === undefined) {
      throw new Error(`${name} line ${i + 1} does not fit the header format`);
    }
    return content;
  });
}

/** The datasets present on this machine, in the order of the benchmark's table. */
export function loadDatasets(dir = LOGHUB_DIR): Dataset[] {
  return Object.keys(HEADER_FORMATS)
    .filter((name) => existsSync(join(dir, name, `${name}_2k.log`)))
    .map((name) => loadDataset(dir, name));
}

function loadDataset(dir: string, name: string): Dataset {
  const base = join(dir, name, `${name}_2k.log`);
  const messages = splitMessages(name, readFileSync(base, 'utf8'));
  const labels = csvColumn(readFileSync(`${base}_structured.csv`, 'utf8'), 'EventId');
  const corrected = join(dir, name, 'loghub2', `${name}_2k.log_structured_corrected.csv`);
  const labels2 = existsSync(corrected) ? csvColumn(readFileSync(corrected, 'utf8'), 'EventTemplate') : null;

  for (const column of [labels, labels2 ?? labels]) {
    if (column.length !== messages.length) {
      throw new Error(`${name}: ${messages.length} lines but ${column.length} labels`);
    }
  }
  return { name, messages, labels, labels2 };
}
