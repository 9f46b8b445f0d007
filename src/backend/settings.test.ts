import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type PluginContext } from './rpc/messages';
import { settingsFrom } from './settings';

function context(jsonData: unknown, secure: Record<string, string> = {}, url = ''): PluginContext {
  return {
    orgId: 1,
    pluginId: 'kkt-monitor-datasource',
    dataSourceInstanceSettings: {
      uid: 'kkt',
      name: 'KKT Monitor',
      url,
      jsonData: Buffer.from(JSON.stringify(jsonData)),
      decryptedSecureJsonData: secure,
    },
  };
}

test('the URL comes from jsonData.url without trailing slashes, the key from decryptedSecureJsonData.apiKey', () => {
  const settings = settingsFrom(context({ url: 'http://kkt-monitor:9877/' }, { apiKey: ' key-1234567890abcdef ' }));

  assert.equal(settings.url, 'http://kkt-monitor:9877');
  assert.equal(settings.apiKey, 'key-1234567890abcdef');
  assert.equal(settings.urlProblem, null);
  assert.equal(settings.datasource, 'KKT Monitor');
});

test("the instance's own URL field is used when jsonData has none", () => {
  assert.equal(settingsFrom(context({}, {}, 'https://kkt.example:9877')).url, 'https://kkt.example:9877');
});

test('no URL, no key and no instance are told apart from an unusable URL', () => {
  assert.deepEqual(settingsFrom(context({})), { url: null, urlProblem: null, apiKey: null, datasource: 'KKT Monitor' });
  assert.equal(settingsFrom({ orgId: 1, pluginId: 'x', dataSourceInstanceSettings: null }).url, null);

  assert.match(settingsFrom(context({ url: 'kkt-monitor:9877' })).urlProblem ?? '', /not an http or https URL/);
  assert.match(settingsFrom(context({ url: 'not a url' })).urlProblem ?? '', /is not a URL/);
  assert.match(settingsFrom(context({ url: 'http://h:1/?x=1' })).urlProblem ?? '', /must not carry a query/);
});

test('jsonData that is not JSON counts as empty', () => {
  const broken = context({});
  if (broken.dataSourceInstanceSettings) {
    broken.dataSourceInstanceSettings.jsonData = Buffer.from('{oops');
  }
  assert.equal(settingsFrom(broken).url, null);
});
