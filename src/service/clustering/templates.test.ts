import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TemplateTable } from './templates';

test('the table never holds more than its cap, and counts what it evicts', () => {
  const table = new TemplateTable(10);

  for (let i = 0; i < 1000; i++) {
    table.add(['unique', `w${i.toString(36)}x`], 'c');
    assert.ok(table.size <= 10);
  }

  assert.equal(table.size, 10);
  assert.equal(table.evictions, 990);
});

test('rare and old templates go first; one that keeps being hit stays', () => {
  const table = new TemplateTable(3);
  const frequent = table.add(['frequent'], 'c').template;

  for (let i = 0; i < 50; i++) {
    table.hit('frequent');
    table.add([`rare${String.fromCharCode(97 + (i % 26))}${i}`], 'c');
  }

  assert.equal(table.peek('frequent'), frequent);
});

test('a template leaves its leaf when removed, and an empty leaf goes', () => {
  const table = new TemplateTable(10);
  const a = table.add(['open', 'a'], 'c').template;
  const b = table.add(['open', 'b'], 'c').template;

  table.remove(a);
  assert.deepEqual(table.leaf(['open', 'x'])?.templates, [b]);

  table.remove(b);
  assert.equal(table.leaf(['open', 'x']), undefined);
});
