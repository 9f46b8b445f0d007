import { z } from 'zod';

import { configSchema } from '../config/schema';
import { type Command } from './command';

/** The JSON Schema of the configuration file, generated from the same definition the loader validates with. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://kkt-monitor.dev/schema/kkt-monitor.schema.json',
    title: 'kkt-monitor configuration',
  };
}

export const schemaCommand: Command = {
  summary: 'print the JSON Schema of the configuration file',
  usage: 'kkt-monitor schema',
  async run() {
    process.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
