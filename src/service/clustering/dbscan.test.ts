import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MIN_POINTS, planLeaf } from './dbscan';
import { type Template, TemplateTable } from './templates';

function templates(...texts: string[]): Template[] {
  const table = new TemplateTable(100);
  return texts.map((text) => {
    const { template } = table.add(text.split(' '), text);
    template.count = 1;
    return template;
  });
}

const keys = (group: Template[]) => group.map((t) => t.key).sort();

test('five values of a word in one place are a variable: one cluster, folded into a wildcard', () => {
  const users = ['alice', 'bob', 'carol', 'dave', 'erin'].map((u) => `Invalid user ${u} from <*>`);
  assert.equal(users.length, MIN_POINTS);

  const plan = planLeaf(templates(...users));

  assert.equal(plan.groups.length, 1);
  assert.deepEqual(keys(plan.groups[0]), [...users].sort());
  assert.deepEqual(plan.folds[0].tokens, ['Invalid', 'user', '<*>', 'from', '<*>']);
});

test('four values are different messages: no cluster', () => {
  const plan = planLeaf(templates('VM Paused', 'VM Resumed', 'VM Started', 'VM Stopped'));

  assert.deepEqual(plan.groups, []);
  assert.deepEqual(plan.folds, []);
});

test('a pattern joins the values it fits without any density', () => {
  const plan = planLeaf(templates('connection from <*> () at <*>', 'connection from <*> (<*>) at <*>'));

  assert.equal(plan.groups.length, 1);
  assert.deepEqual(plan.folds, []);
});

test('a template one word from a core point joins its cluster as a border point', () => {
  const core = ['alice', 'bob', 'carol', 'dave', 'erin'].map((u) => `session for ${u} opened`);
  const border = 'session for alice closed';

  const plan = planLeaf(templates(...core, border));

  assert.equal(plan.groups.length, 1);
  assert.deepEqual(keys(plan.groups[0]), [...core, border].sort());
});

test('templates far apart stay apart', () => {
  const plan = planLeaf(templates('disk a full now', 'disk b empty later', 'disk c gone soon'));

  assert.deepEqual(plan.groups, []);
});

test('the plan does not depend on the order of the templates', () => {
  const texts = ['x 1 a', 'x 2 a', 'x 3 a', 'x 4 a', 'x 5 a', 'x 1 b', 'x (<*>) c', 'x () c'];
  const forward = planLeaf(templates(...texts));
  const backward = planLeaf(templates(...[...texts].reverse()));

  assert.deepEqual(forward.groups.map(keys).sort(), backward.groups.map(keys).sort());
  assert.deepEqual(
    forward.folds.map((f) => f.tokens),
    backward.folds.map((f) => f.tokens)
  );
});
