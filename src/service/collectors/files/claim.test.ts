import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type FileCheckpoint } from '../../store/checkpoints';
import { claim } from './claim';
import { type FoundFile } from './discovery';
import { fingerprintOf, formatFingerprint } from './fingerprint';

const CONTENT = Buffer.from('x'.repeat(300));
const OTHER = Buffer.from('y'.repeat(300));

function file(path: string, ino: string, content: Buffer): FoundFile {
  return { path, dev: '1', ino, size: content.length, mtimeMs: 0 };
}

function checkpoint(fileId: string, path: string, head: Buffer, offset: number): FileCheckpoint {
  return { collector: 'c', fileId, path, offset, size: offset, fingerprint: formatFingerprint(fingerprintOf(head)) };
}

const kindOf = (c: ReturnType<typeof claim>) => (c.kind === 'new' ? ['new'] : [c.kind, c.checkpoint.fileId]);

test('a file is matched to the checkpoint it continues', () => {
  const cases: Array<[string, FoundFile, Buffer, FileCheckpoint[], unknown[]]> = [
    [
      'same file',
      file('/a.log', '7', CONTENT),
      CONTENT,
      [checkpoint('1:7:aa', '/a.log', CONTENT, 100)],
      ['resume', '1:7:aa'],
    ],
    [
      'renamed',
      file('/a.log.1', '7', CONTENT),
      CONTENT,
      [checkpoint('1:7:aa', '/a.log', CONTENT, 100)],
      ['resume', '1:7:aa'],
    ],
    [
      'copied',
      file('/a.log.1', '8', CONTENT),
      CONTENT,
      [checkpoint('1:7:aa', '/a.log', CONTENT, 100)],
      ['resume', '1:7:aa'],
    ],
    [
      'shrunk',
      file('/a.log', '7', CONTENT),
      CONTENT,
      [checkpoint('1:7:aa', '/a.log', CONTENT, 400)],
      ['truncated', '1:7:aa'],
    ],
    [
      'replaced',
      file('/a.log', '9', OTHER),
      OTHER,
      [checkpoint('1:7:aa', '/a.log', CONTENT, 100)],
      ['replaced', '1:7:aa'],
    ],
    ['unknown', file('/b.log', '9', OTHER), OTHER, [checkpoint('1:7:aa', '/a.log', CONTENT, 100)], ['new']],
  ];
  for (const [name, found, head, checkpoints, expected] of cases) {
    assert.deepEqual(kindOf(claim(found, head, checkpoints)), expected, name);
  }
});

test('equal fingerprints are told apart by inode, then by path', () => {
  const a = checkpoint('1:7:aa', '/a/x.log', CONTENT, 10);
  const b = checkpoint('1:8:bb', '/b/x.log', CONTENT, 20);
  assert.deepEqual(kindOf(claim(file('/b/x.log', '8', CONTENT), CONTENT, [a, b])), ['resume', '1:8:bb']);
  assert.deepEqual(kindOf(claim(file('/b/x.log', '9', CONTENT), CONTENT, [a, b])), ['resume', '1:8:bb']);
  assert.deepEqual(kindOf(claim(file('/c/x.log', '7', CONTENT), CONTENT, [b, a])), ['resume', '1:7:aa']);
});

test('a short fingerprint only counts with the same path or inode', () => {
  const short = Buffer.from('tiny\n');
  const cp = checkpoint('1:7:aa', '/a.log', short, 5);
  assert.deepEqual(kindOf(claim(file('/elsewhere.log', '9', short), short, [cp])), ['new']);
  assert.deepEqual(kindOf(claim(file('/a.log', '9', short), short, [cp])), ['resume', '1:7:aa']);
  assert.deepEqual(kindOf(claim(file('/moved.log', '7', short), short, [cp])), ['resume', '1:7:aa']);
});
