import { z } from 'zod';

import { duration, int, regex, timeZone } from '../../config/fields';
import { checkTimeFormat } from '../../parsers/timeFormat';
import { LOG_FORMATS } from '../../parsers/types';

export const ENCODINGS = ['auto', 'utf8', 'cp1251', 'cp866'] as const;

export type Encoding = (typeof ENCODINGS)[number];

/** A time format the parsers read; anything else would leave every time unread. */
function timeFormat() {
  return z.string().superRefine((format, ctx) => {
    const problem = checkTimeFormat(format);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });
}

/** One file collector: a set of globs read in one format, each file mapped to a register. */
export const filesCollectorSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9_-]+$/, { error: 'use lower-case letters, digits, "-" and "_"' }),
    format: z.enum(LOG_FORMATS),
    paths: z.array(z.string().min(1)).min(1).describe('glob patterns of the files to follow'),
    exclude: z.array(z.string().min(1)).default([]).describe('glob patterns of files to leave alone'),
    device: z
      .string()
      .min(1)
      .optional()
      .describe('device id for every file; may use {name} from devicePattern groups, e.g. "{store}-{till}"'),
    devicePattern: regex()
      .optional()
      .describe(
        'regular expression on the file path; its named groups (device, or those device uses) name the register, ' +
          'and a group named store sets its store'
      ),
    encoding: z.enum(ENCODINGS).default('auto'),
    timeZone: timeZone().optional().describe('zone of the register clocks, when the device inventory does not say'),
    pattern: regex().optional().describe('for format regex: named groups time, level, thread, component, message'),
    timeFormat: timeFormat()
      .optional()
      .describe('for formats regex and jsonl: auto, iso, unix, unixms, or a pattern such as DD.MM.YYYY HH:mm:ss'),
    fields: z
      .strictObject({ time: z.string().optional(), level: z.string().optional(), message: z.string().optional() })
      .optional()
      .describe('for format jsonl: the names of the time, level and message fields'),
    maxLineBytes: int(256, 16 * 1024 * 1024).default(65536),
    pollInterval: duration(50).prefault('1s'),
    multilineTimeout: duration(50).prefault('2s'),
    rotateWait: duration(0)
      .prefault('5s')
      .describe('how long a rotated or deleted file is still read for late writes before it is closed'),
    startAt: z
      .enum(['beginning', 'end'])
      .default('beginning')
      .describe('where to start a file found at start-up with no checkpoint; files that appear later start at 0'),
  })
  .superRefine((files, ctx) => {
    if (files.format === 'regex' && !files.pattern) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'format regex needs a pattern' });
    }
    checkDeviceMapping(files, ctx);
  });

export type FilesCollectorConfig = z.output<typeof filesCollectorSchema>;

/** Names of the {placeholders} in a device template. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]);
}

/** Named groups a regular expression defines. */
export function groupNames(pattern: string): string[] {
  return [...pattern.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]);
}

function checkDeviceMapping(files: { device?: string; devicePattern?: string }, ctx: z.RefinementCtx): void {
  if (!files.device && !files.devicePattern) {
    ctx.addIssue({
      code: 'custom',
      path: ['device'],
      message: 'say which register the files belong to: device or devicePattern',
    });
    return;
  }

  const groups = new Set(groupNames(files.devicePattern ?? ''));
  const wanted = files.device ? templateNames(files.device) : ['device'];
  for (const name of wanted.filter((n) => !groups.has(n))) {
    ctx.addIssue({
      code: 'custom',
      path: files.device ? ['device'] : ['devicePattern'],
      message: `devicePattern has no named group "${name}" (write it as (?<${name}>...))`,
    });
  }
}
