// Writes the example driver logs that `npm start` reads: eight registers in three stores, one working
// day each, in every log format, with the failures a fleet meets. Deterministic: run it again and the
// files come out the same. Run: npx tsx scripts/generate-example-logs.ts [directory]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { format, resolveConfig } from 'prettier';

import { type Failure, type TimedAction, registerLog, render, workingDay } from '../bench/fixtures/logs';
import { DAY_MS, HOUR_MS, MINUTE_MS, localMs } from '../src/service/domain/time';
import { type LogFormat } from '../src/service/parsers/types';

export const EXAMPLE_LOGS = join(__dirname, '..', 'examples', 'logs');
const MONDAY = localMs(2025, 3, 10);

export interface RegisterLog {
  path: string;
  format: LogFormat;
  seed: number;
  /** The driver's locale words its errors in English. */
  english?: boolean;
  /** The driver runs on Android and its lines come through logcat. */
  logcat?: boolean;
  story: string;
  actions(random: () => number): TimedAction[];
}

/** Local ms of a time of day, on Monday or days after it. */
function at(hours: number, minutes = 0, day = 0): number {
  return MONDAY + day * DAY_MS + hours * HOUR_MS + minutes * MINUTE_MS;
}

function start(time: number): TimedAction {
  return { at: time, action: { kind: 'start' } };
}

function failures(failure: Failure, ...times: number[]): TimedAction[] {
  return times.map((time) => ({ at: time, action: { kind: 'failure', failure } }));
}

/** Monday 9:00 to 21:00, shift 1 of the week's numbering given. */
function monday(random: () => number, shift: number, gapMinutes: [number, number] = [15, 60]): TimedAction[] {
  return workingDay(random, { opens: at(9), closes: at(21), shift, firstReceipt: 1, gapMinutes });
}

function ofdLinkDown(random: () => number): TimedAction[] {
  const exchanges: TimedAction[] = [];
  for (let time = at(9, 10); time < at(21); time += 20 * MINUTE_MS) {
    const down = time >= at(15) && time < at(16, 20);
    exchanges.push(
      down
        ? { at: time, action: { kind: 'failure', failure: 'ofdLink' } }
        : { at: time, action: { kind: 'ofdExchange', documents: 1 + Math.floor(random() * 5) } }
    );
  }
  return exchanges;
}

/** The 30-day block: the OFD has confirmed nothing for a month, and this morning the FN refuses receipts. */
function storageExhausted(random: () => number): TimedAction[] {
  const morning = workingDay(random, { opens: at(9), closes: null, lastSale: at(11, 40), shift: 57, firstReceipt: 1 });
  const sending = [at(9, 5), at(9, 50), at(10, 35), at(11, 20), at(12, 5)];
  return [
    start(at(8, 45)),
    ...morning,
    ...failures('ofdSendFailed', ...sending),
    ...failures('storageExhausted', at(11, 47), at(11, 49), at(12, 30), at(13, 15)),
  ];
}

/** Shift opened on Sunday and never closed: Monday's first receipt is refused until the shift is closed. */
function shiftOver24h(random: () => number): TimedAction[] {
  const sunday = workingDay(random, {
    opens: at(9, 0, -1),
    closes: null,
    lastSale: at(20, 30, -1),
    shift: 87,
    firstReceipt: 1,
    gapMinutes: [30, 90],
  });
  const after = workingDay(random, {
    opens: at(9, 12),
    closes: at(21),
    shift: 88,
    firstReceipt: 1,
    gapMinutes: [20, 60],
  });
  return [
    start(at(8, 55, -1)),
    ...sunday,
    start(at(8, 58)),
    ...failures('shiftOver24h', at(9, 1), at(9, 3)),
    { at: at(9, 8), action: { kind: 'closeShift', shift: 87 } },
    ...after,
  ];
}

export const LOGS: RegisterLog[] = [
  {
    path: 'store-01/kkt-01/fptr10.log',
    format: 'atol',
    seed: 101,
    story: 'ATOL; paper runs out at 13:12 and is refused again at 13:14',
    actions: (random) => [start(at(8, 50)), ...monday(random, 214), ...failures('paperOut', at(13, 12), at(13, 14))],
  },
  {
    path: 'store-01/kkt-01/ofd.log',
    format: 'atol',
    seed: 102,
    story: "ATOL's OFD exchange; the link to the OFD is down from 15:00 to 16:20",
    actions: ofdLinkDown,
  },
  {
    path: 'store-01/kkt-02/fr_drv.log',
    format: 'frdrvng',
    seed: 201,
    english: true,
    story: 'fr_drv_ng in English; a report refused "in this mode" at 8:58, paper out at 17:40',
    actions: (random) => [
      start(at(8, 55)),
      ...failures('notSupportedInMode', at(8, 58)),
      ...monday(random, 96),
      ...failures('paperOut', at(17, 40)),
    ],
  },
  {
    path: 'store-01/kkt-03/javapos.log',
    format: 'javapos',
    seed: 301,
    story: 'JavaPOS; the OFD sending thread keeps failing, and from 11:47 the FN refuses receipts (30 days unsent)',
    actions: storageExhausted,
  },
  {
    path: 'store-02/kkt-04/fr_drv.log',
    format: 'frdrvng',
    seed: 401,
    logcat: true,
    story: 'fr_drv_ng on Android through logcat, in Russian; a report refused "in this mode", FN clock error at 12:20',
    actions: (random) => [
      start(at(8, 57)),
      ...failures('notSupportedInMode', at(9, 0, 0)),
      ...monday(random, 33),
      ...failures('timeDifference', at(12, 20)),
    ],
  },
  {
    path: 'store-02/kkt-05/drvfr.log',
    format: 'drvfr',
    seed: 501,
    story: 'DrvFR; paper out at 10:15, no transport connection to the OFD at 16:30 and 16:45',
    actions: (random) => [
      start(at(8, 52)),
      ...monday(random, 140),
      ...failures('paperOut', at(10, 15)),
      ...failures('ofdLink', at(16, 30), at(16, 45)),
    ],
  },
  {
    path: 'store-02/kkt-06/kkmserver.log',
    format: 'kkmserver',
    seed: 601,
    story: 'KKM-Server; a receipt with a zero total at 14:47, paper out at 18:05',
    actions: (random) => [
      start(at(8, 59)),
      ...monday(random, 12, [5, 25]),
      ...failures('zeroTotal', at(14, 47)),
      ...failures('paperOut', at(18, 5)),
    ],
  },
  {
    path: 'store-03/kkt-07/fptr10.log',
    format: 'atol',
    seed: 701,
    story: "ATOL; Sunday's shift was never closed, so Monday's first receipts fail (shift over 24 hours)",
    actions: shiftOver24h,
  },
  {
    path: 'store-03/kkt-07/pos-app.log',
    format: 'regex',
    seed: 702,
    story: 'the POS application of the same register, in its own layout, shows the legacy ATOL code -3822',
    actions: shiftOver24h,
  },
  {
    path: 'store-03/kkt-08/pos.jsonl',
    format: 'jsonl',
    seed: 801,
    english: true,
    story: 'a POS application logging JSON lines in English; FN clock error, paper out, no OFD connection',
    actions: (random) => [
      start(at(8, 50)),
      ...monday(random, 71, [4, 20]),
      ...failures('timeDifference', at(11, 5)),
      ...failures('paperOut', at(15, 30)),
      ...failures('ofdLink', at(19, 10)),
    ],
  },
];

function write(root: string, log: RegisterLog): number {
  const first = at(0, 0, -1);
  const { random, clock, dialect } = registerLog(log.format, log.seed, first, log.english, log.logcat);
  const lines = render(dialect, clock, log.actions(random));
  const path = join(root, log.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length;
}

function readme(counts: number[]): string {
  const rows = LOGS.map((log, i) => `| \`${log.path}\` | ${log.format} | ${counts[i]} | ${log.story} |`);
  return [
    '# Example driver logs',
    '',
    'Written by `npx tsx scripts/generate-example-logs.ts` (do not edit by hand): one working day, Monday',
    '10 March 2025, of eight registers in three stores. The path names the register: `store-01/kkt-02/...`',
    'is the device `store-01-kkt-02`.',
    '',
    '| file | format | lines | what happens |',
    '| ---- | ------ | ----- | ------------ |',
    ...rows,
    '',
  ].join('\n');
}

/** Writes every example log, and a README that says what happens in each, under root (emptied first). */
export async function writeExampleLogs(root: string): Promise<number[]> {
  rmSync(root, { recursive: true, force: true });
  const counts = LOGS.map((log) => write(root, log));
  const options = { ...(await resolveConfig(join(EXAMPLE_LOGS, 'README.md'))), parser: 'markdown' };
  writeFileSync(join(root, 'README.md'), await format(readme(counts), options));
  return counts;
}

if (require.main === module) {
  const root = process.argv[2] ?? EXAMPLE_LOGS;
  writeExampleLogs(root).then((counts) => {
    process.stdout.write(`wrote ${counts.reduce((a, b) => a + b, 0)} lines in ${LOGS.length} files under ${root}\n`);
  });
}
