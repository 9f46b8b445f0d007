import assert from 'node:assert/strict';
import { test } from 'node:test';

import { compatible, generalises, matches } from './similarity';

test('a pattern matches what its wildcards can stand for, empty text included', () => {
  assert.equal(matches('(<*>)', '()'), true);
  assert.equal(matches('(<*>)', '(host.example)'), true);
  assert.equal(matches('blk_<*>', 'rdd_<*>'), false);
  assert.equal(matches('a<*>b<*>c', 'aXbYc'), true);
  assert.equal(matches('a<*>b<*>c', 'acb'), false);
  assert.equal(matches('plain', 'plain'), true);
});

test('different plain words are never compatible; masked values and values of one key are', () => {
  assert.equal(compatible('opened', 'closed'), false);
  assert.equal(compatible('user=root', 'user=guest'), false);
  assert.equal(compatible('rhost=<*>', 'rhost=zummit.com'), true);
  assert.equal(compatible('ws=null,', 'ws=WorkSource{<*>},'), true);
  assert.equal(compatible('ee<*>', 'alt<*>'), false);
});

test('a template generalises another when each of its tokens equals or fits', () => {
  assert.equal(generalises(['Invalid', 'user', '<*>', 'from', '<*>'], ['Invalid', 'user', 'bob', 'from', '<*>']), true);
  assert.equal(generalises(['Invalid', 'user', 'bob'], ['Invalid', 'user', '<*>']), false);
  assert.equal(generalises(['a', 'b'], ['a', 'b', 'c']), false);
});
