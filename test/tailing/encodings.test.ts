import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import { logFile, sharedFile } from './files';
import { Tailing, metricValue } from './harness';

/** The same name in three encodings, as in the shared sample b08_encodings_same_text.tsv. */
const PETROVA = {
  text: 'Петрова А.',
  cp1251: Buffer.from('CFE5F2F0EEE2E020C02E', 'hex'),
  cp866: Buffer.from('8FA5E2E0AEA2A020802E', 'hex'),
};

const line = (...parts: Array<string | Buffer>) =>
  Buffer.concat([...parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)), Buffer.from('\n')]);

test('the shared sample bytes are the ones this test writes', () => {
  const tsv = readFileSync(sharedFile('samples', 'bug-repro', 'b08_encodings_same_text.tsv'), 'utf8');
  const [, row] = tsv.trim().split('\n');
  const [text, , cp1251, cp866] = row.split('\t');
  assert.equal(text, PETROVA.text);
  assert.equal(cp1251.replace(/ /g, '').toLowerCase(), PETROVA.cp1251.toString('hex'));
  assert.equal(cp866.replace(/ /g, '').toLowerCase(), PETROVA.cp866.toString('hex'));
});

for (const encoding of ['cp1251', 'cp866'] as const) {
  test(`a ${encoding} file is decoded when configured`, async (t) => {
    const tailing = new Tailing(t, { files: { encoding } });
    appendFileSync(logFile(tailing.logs), line('cashier ', PETROVA[encoding]));

    await tailing.round();

    assert.deepEqual(tailing.messages(), [`cashier ${PETROVA.text}`]);
  });

  test(`a ${encoding} file is recognised by encoding auto`, async (t) => {
    const tailing = new Tailing(t);
    appendFileSync(logFile(tailing.logs), line('cashier ', PETROVA[encoding]));

    await tailing.round();

    assert.deepEqual(tailing.messages(), [`cashier ${PETROVA.text}`]);
  });
}

test('encoding auto decides per line: a UTF-8 line beside a CP1251 one', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendFileSync(path, line('cp1251 ', PETROVA.cp1251));
  appendFileSync(path, Buffer.from(`utf8 ${PETROVA.text}\n`, 'utf8'));

  await tailing.round();

  assert.deepEqual(tailing.messages(), [`cp1251 ${PETROVA.text}`, `utf8 ${PETROVA.text}`]);
});

test('UTF-8 text mangled into CP866 box drawing is repaired (the Android logcat sample line)', async (t) => {
  const tailing = new Tailing(t);
  const sample = readFileSync(sharedFile('samples', 'logs', 'shtrih_fr_drv_ng_android_logcat.log'), 'utf8');
  const mangled = sample.split('\n')[1];
  assert.match(mangled, /╨Ъ╨Ю╨Ь╨Р╨Э╨Ф╨Р/);
  appendFileSync(logFile(tailing.logs), `${mangled}\n`);

  await tailing.round();

  const [message] = tailing.messages();
  assert.ok(message.endsWith('#0079 КОМАНДА FF3DH: ОШИБОК НЕТ'), message);
});

test('undecodable bytes in a UTF-8 line are counted, and the line is still read', async (t) => {
  const tailing = new Tailing(t, { files: { encoding: 'utf8' } });
  appendFileSync(
    logFile(tailing.logs),
    Buffer.concat([Buffer.from('ошибка '), Buffer.from([0xff]), Buffer.from(' 0x23\n')])
  );

  await tailing.round();

  assert.deepEqual(tailing.messages(), ['ошибка \ufffd 0x23']);
  assert.equal(await metricValue(tailing.ctx.metrics.logLinesSkipped, { reason: 'encoding' }), 1);
});
