import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeBody, readBody } from './body';

const NGINX_429 =
  '<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

test('HTML, empty and malformed bodies are told apart from JSON', () => {
  assert.deepEqual(readBody(NGINX_429), { kind: 'html', title: '429 Too Many Requests' });
  assert.deepEqual(readBody(''), { kind: 'empty' });
  assert.deepEqual(readBody(' \n'), { kind: 'empty' });
  assert.deepEqual(readBody('{"a":1}'), { kind: 'json', value: { a: 1 } });
  assert.deepEqual(readBody('[]'), { kind: 'json', value: [] });
  assert.equal(readBody('{"id": "0000').kind, 'malformed');
});

test('an error names the body without repeating it whole', () => {
  const long = `{"documents": [${'x'.repeat(500)}`;
  const text = describeBody(readBody(long));
  assert.match(text, /^a body that is not valid JSON/);
  assert.ok(text.length < 120);
  assert.equal(describeBody(readBody(NGINX_429)), 'an HTML page ("429 Too Many Requests")');
});
