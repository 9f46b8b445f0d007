import { adviseCommand } from './advise';
import { checkConfigCommand } from './checkConfig';
import { clusterCommand } from './cluster';
import { type Command } from './command';
import { runCommand } from './run';
import { schemaCommand } from './schema';
import { simulateOfdCommand } from './simulateOfd';
import { VERSION } from '../version';

/** Every command of kkt-monitor; each lives in its own file. */
export const COMMANDS: Record<string, Command> = {
  run: runCommand,
  'check-config': checkConfigCommand,
  schema: schemaCommand,
  cluster: clusterCommand,
  'simulate-ofd': simulateOfdCommand,
  advise: adviseCommand,
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `usage: kkt-monitor <command> [options] | --version\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }

  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`kkt-monitor ${VERSION}\n`);
    return 0;
  }

  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kkt-monitor: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
