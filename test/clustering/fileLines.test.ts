import assert from 'node:assert/strict';
import { test } from 'node:test';

import iconv from 'iconv-lite';

import { fileLines } from '../../src/service/clustering/fileLines';
import { Batch } from '../../src/service/collectors/files/batch';
import { EchoFilter } from '../../src/service/collectors/files/echo';
import { FilePipeline } from '../../src/service/collectors/files/pipeline';
import { ZoneClock } from '../../src/service/collectors/files/zoneClock';
import { type LineParser, type RawLine } from '../../src/service/parsers/types';

/** A parser that keeps the lines the collector hands it, to compare with what the CLI reads. */
function recorder(): LineParser & { lines: RawLine[] } {
  const lines: RawLine[] = [];
  return {
    format: 'regex',
    lines,
    push: (line) => {
      lines.push({ ...line });
      return { records: [] };
    },
    flush: () => [],
    pendingOffset: () => null,
  };
}

function collectorLines(bytes: Buffer): { lines: RawLine[]; binary: number } {
  const parser = recorder();
  const pipeline = new FilePipeline(parser, { start: 0, maxLineBytes: 65536, encoding: 'auto' });
  const source = {
    collector: 'files',
    format: 'regex' as const,
    deviceId: 'kkt-01',
    clock: new ZoneClock('UTC'),
    path: 'kkt.log',
    fileId: 'kkt',
    detect: () => null,
    echoes: new EchoFilter(),
  };
  const batch = new Batch(source, 0);
  pipeline.push(bytes, batch);
  pipeline.end(batch);
  return { lines: parser.lines, binary: batch.skipped.get('binary') ?? 0 };
}

test('a file reads line by line as the file collector reads it: encodings, repaired text, binary lines', () => {
  const bytes = Buffer.concat([
    Buffer.from('Команда: FF45h, Закрыть чек\r\n'),
    iconv.encode('Ошибка ФН: ресурс исчерпан\n', 'cp1251'),
    iconv.encode('Нет бумаги\n', 'cp866'),
    iconv.encode(iconv.decode(Buffer.from('Смена превысила 24 часа\n'), 'cp866'), 'utf8'),
    Buffer.from('\0\0\0\0\0\0\0\0\n'),
    Buffer.from(`${'x'.repeat(70_000)}\n`),
    Buffer.from('plain ASCII, no newline at the end'),
  ]);

  const offline = [...fileLines(bytes)];
  const service = collectorLines(bytes);

  assert.deepEqual(
    offline.filter((l) => !l.binary).map(({ text, offset, endOffset }) => ({ text, offset, endOffset })),
    service.lines
  );
  assert.equal(offline.filter((l) => l.binary).length, service.binary);
  assert.deepEqual(
    offline.slice(0, 4).map((l) => l.text),
    ['Команда: FF45h, Закрыть чек', 'Ошибка ФН: ресурс исчерпан', 'Нет бумаги', 'Смена превысила 24 часа']
  );
});

test('the head of a file leaves out its last line, which may be cut short', () => {
  const head = Buffer.from('first\nsecond\nthi');

  assert.deepEqual(
    [...fileLines(head, false)].map((l) => l.text),
    ['first', 'second']
  );
  assert.deepEqual(
    [...fileLines(head)].map((l) => l.text),
    ['first', 'second', 'thi']
  );
});
