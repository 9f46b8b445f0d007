/** Rows of a CSV text as Loghub writes it: quoted fields, doubled quotes inside them, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }

    if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }

  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One column of a CSV with a header row, by name. */
export function csvColumn(text: string, name: string): string[] {
  const [header, ...rows] = parseCsv(text);
  const index = header.indexOf(name);
  if (index < 0) {
    throw new Error(`no column ${name} in ${header.join(',')}`);
  }
  return rows.map((r) => r[index] ?? '');
}
