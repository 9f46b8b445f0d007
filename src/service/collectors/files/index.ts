import { type ServiceContext } from '../../context';
import { detect } from '../../detect';
import { createParser } from '../../parsers';
import { FileCollector } from './collector';
import { type FilesCollectorConfig } from './config';

/** A file collector for one `collectors.files` entry, with its format's parser and error detection. */
export function createFileCollector(config: FilesCollectorConfig, ctx: ServiceContext): FileCollector {
  return new FileCollector(config, ctx, {
    createParser: (options) => createParser(config.format, options),
    detect: (record) => detect(record, config.format),
  });
}
