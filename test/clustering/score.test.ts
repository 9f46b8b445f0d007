import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseCsv } from '../../bench/suites/clustering/csv';
import { headerRegex, HEADER_FORMATS } from '../../bench/suites/clustering/loghub';
import { score } from '../../bench/suites/clustering/score';

test('a clustering that matches every true group scores 1', () => {
  const result = score(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y']);

  assert.equal(result.ga, 1);
  assert.equal(result.fga, 1);
});

test('one cluster for two true groups gets no line right', () => {
  const result = score(['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'x']);

  assert.equal(result.ga, 0);
  assert.equal(result.fga, 0);
  assert.equal(result.correctGroups, 0);
});

test('a split group is wrong while an exact one is right', () => {
  // Group a is split over x and y; group b is exactly cluster z: 2 of 4 lines, 1 of 3 clusters, 1 of 2 groups.
  const result = score(['a', 'a', 'b', 'b'], ['x', 'y', 'z', 'z']);

  assert.equal(result.ga, 0.5);
  assert.equal(result.predictedClusters, 3);
  assert.equal(result.trueGroups, 2);
  assert.ok(Math.abs(result.fga - 0.4) < 1e-12, `FGA ${result.fga}: precision 1/3 and recall 1/2 give 0.4`);
});

test('a cluster that also holds lines of another group makes its group wrong', () => {
  // b's only cluster is y, but y also holds a line of c.
  const result = score(['a', 'b', 'b', 'c'], ['x', 'y', 'y', 'y']);

  assert.equal(result.ga, 0.25);
});

test('rows without a true label are left out, predictions on them included', () => {
  const result = score(['a', '', 'a', 'b'], ['x', 'x', 'x', 'y']);

  assert.equal(result.ga, 1);
  assert.equal(result.fga, 1);
});

test('labels and predictions of different lengths are refused', () => {
  assert.throws(() => score(['a'], ['x', 'y']), /1 true labels but 2 predictions/);
});

test('CSV rows keep quoted commas, doubled quotes and CRLF line ends apart', () => {
  const rows = parseCsv('id,text\r\n1,"a, ""b"""\r\n2,plain');

  assert.deepEqual(rows, [
    ['id', 'text'],
    ['1', 'a, "b"'],
    ['2', 'plain'],
  ]);
});

test('the header format splits the message off, optional parts included', () => {
  const linux = headerRegex(HEADER_FORMATS.Linux);

  const withPid = linux.exec('Jun 14 15:16:02 combo sshd(pam_unix)[19937]: check pass; user unknown');
  const withoutPid = linux.exec('Jun 15 04:06:18 combo su: session opened for user cyrus by (uid=0)');

  assert.equal(withPid?.groups?.Content, 'check pass; user unknown');
  assert.equal(withoutPid?.groups?.Content, 'session opened for user cyrus by (uid=0)');
});
