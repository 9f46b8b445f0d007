import assert from 'node:assert/strict';
import { test } from 'node:test';

import { logChunks, logLines } from '../../bench/fixtures/loglines';
import { detect } from '../../src/service/detect';
import { parseText } from '../../src/service/parsers/parseText';
import { LOG_FORMATS } from '../../src/service/parsers/types';

test('benchmark lines are the same for the same seed, and differ for another', () => {
  assert.deepEqual(logLines('frdrvng', 500, 3).lines, logLines('frdrvng', 500, 3).lines);
  assert.notDeepEqual(logLines('frdrvng', 500, 3).lines, logLines('frdrvng', 500, 4).lines);
  assert.equal(logLines('atol', 1234).lines.length, 1234);
});

test('benchmark lines of every format parse, with failures among them', () => {
  const chunks = logChunks(14_000, 9);
  assert.deepEqual(
    chunks.map((c) => c.format),
    [...LOG_FORMATS]
  );

  for (const { format, options, lines } of chunks) {
    const { records, skipped } = parseText(lines.join('\n'), format, options);
    const unparsable = skipped.filter((s) => s.reason === 'unparsable').length;
    const detected = records.filter((r) => detect(r, format) !== null).length;

    assert.equal(lines.length, 2000, format);
    assert.ok(format === 'kkmserver' ? unparsable < lines.length / 10 : unparsable === 0, `${format}: ${unparsable}`);
    assert.ok(detected > 0 && detected < records.length / 5, `${format}: ${detected} of ${records.length}`);
  }
});
