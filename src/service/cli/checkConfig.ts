import { ConfigError, loadConfigFile } from '../config/load';
import { isKktError } from '../errors';
import { type Command } from './command';

export const checkConfigCommand: Command = {
  summary: 'validate a configuration file and say what is wrong with it',
  usage: 'kkt-monitor check-config FILE',
  async run(args) {
    if (args.length !== 1) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }

    const [file] = args;
    try {
      const config = loadConfigFile(file);
      const files = config.collectors.files.length;
      const ofd = config.collectors.ofd.length;
      process.stdout.write(
        `${file}: ok (${config.devices.length} devices, ${files} file collectors, ${ofd} OFD accounts)\n`
      );
      return 0;
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`${file}: ${error.problems.length} problem(s)\n  ${error.problems.join('\n  ')}\n`);
        return 1;
      }
      if (isKktError(error)) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
