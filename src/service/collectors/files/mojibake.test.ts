import assert from 'node:assert/strict';
import { test } from 'node:test';

import { repairMojibake } from './mojibake';

test('garbled Cyrillic is repaired, everything else is left as it was', () => {
  const cases: Array<[string, string]> = [
    ['#0079 ╨Ъ╨Ю╨Ь╨Р╨Э╨Ф╨Р FF3DH: ╨Ю╨и╨Ш╨С╨Ю╨Ъ ╨Э╨Х╨в', '#0079 КОМАНДА FF3DH: ОШИБОК НЕТ'],
    ['╨Т', 'В'],
    ['РћС€РёР±РєР° 0x23', 'Ошибка 0x23'],
    ['Сёмга и Рыба', 'Сёмга и Рыба'],
    ['╨═╨ table border', '╨═╨ table border'],
    ['plain ASCII', 'plain ASCII'],
    ['Ошибок нет', 'Ошибок нет'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(repairMojibake(input), expected, input);
  }
});
