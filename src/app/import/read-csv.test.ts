import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.js';
import { decodeUtf8, readCsv } from './read-csv.js';

const people = { required: ['email', 'name', 'unit'], optional: ['locale', 'lead'] };

const problemsOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.problems;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('readCsv', () => {
  it('reads a German Excel file: BOM, ";", CRLF, umlauts, header in any case and order, extra columns', () => {
    const csv = '\uFEFF Name ;Notiz;E-Mail;UNIT\r\nJürgen Müller;x;juergen@example.com;Firma/Qualität\r\n';
    const content = readCsv(csv, { required: ['email', 'name', 'unit'], optional: ['locale'] });
    expect(content).toEqual({
      rows: [{ line: 2, values: { email: 'juergen@example.com', name: 'Jürgen Müller', unit: 'Firma/Qualität' } }],
      problems: [],
    });
  });

  it('reads a "," file with quoted separators, quotes and line breaks, counting physical lines', () => {
    const csv =
      'email,name,unit,lead\r\n"a@example.com","Müller, Anna","Company/IT",x\r\n\r\nb@example.com,"Bob ""the builder""\r\nSmith",Company,\r\nc@example.com,Carla,Company,no\r\n';
    const content = readCsv(csv, people);
    expect(content.rows.map((row) => [row.line, row.values.name, row.values.lead])).toEqual([
      [2, 'Müller, Anna', 'x'],
      [4, 'Bob "the builder"\nSmith', ''],
      [6, 'Carla', 'no'],
    ]);
  });

  it('skips blank rows that Excel writes as ";;;"', () => {
    expect(readCsv('email;name;unit\n;;\na@example.com;A;C\n', people).rows).toEqual([
      { line: 3, values: { email: 'a@example.com', name: 'A', unit: 'C' } },
    ]);
  });

  it('reports a row with more values than columns instead of guessing', () => {
    const content = readCsv('email,name,unit\na@example.com,Müller, Anna,Company\nb@example.com,B,C,,\n', people);
    expect(content.problems).toEqual([
      { line: 2, column: 'row', problem: 'has 4 values but the header has 3 columns; put values containing "," in double quotes' },
    ]);
    expect(content.rows.map((row) => row.line)).toEqual([3]);
  });

  it.each([
    ['an empty file', '', [{ line: 1, column: 'file', problem: 'is empty' }]],
    ['a file of blank lines and a BOM', '\uFEFF\n  \n', [{ line: 1, column: 'file', problem: 'is empty' }]],
    ['a header without rows', 'email;name;unit\n;;\n', [{ line: 1, column: 'file', problem: 'no data rows' }]],
    [
      'missing columns',
      'mail;name\nx;y\n',
      [
        { line: 1, column: 'header', problem: 'missing column "email"' },
        { line: 1, column: 'header', problem: 'missing column "unit"' },
      ],
    ],
    [
      'a tab-separated file',
      'email\tname\tunit\na\tb\tc\n',
      [{ line: 1, column: 'header', problem: 'expected columns separated by ";" or ","' }],
    ],
    ['a "|"-separated file', 'email|name|unit\n', [{ line: 1, column: 'header', problem: 'expected columns separated by ";" or ","' }]],
    ['a column named twice', 'email;name;unit;E_Mail\n', [{ line: 1, column: 'header', problem: 'column "email" appears twice' }]],
    [
      'a quote that is never closed',
      'email;name;unit\na@example.com;A;C\n\nb@example.com;"B;C\nc@example.com;C;C\n',
      [{ line: 4, column: 'file', problem: 'a value opens a double quote that is never closed' }],
    ],
  ])('rejects %s', (_case, csv, problems) => {
    expect(problemsOf(() => readCsv(csv, people))).toEqual(problems);
  });
});

describe('files that are not UTF-8', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x4d, 0xc3, 0xbc]))).toBe('Mü');
  });

  it('rejects text that a browser decoded from Windows-1252 as UTF-8', () => {
    expect(problemsOf(() => readCsv('email;name;unit\n\na@example.com;M\uFFFDller;C\n', people))).toEqual([
      { line: 3, column: 'file', problem: 'is not UTF-8; in Excel save it as "CSV UTF-8"' },
    ]);
  });

  it('names the line of the first byte that is not UTF-8 (Windows-1252 from Excel)', () => {
    const bytes = new Uint8Array([...Buffer.from('email;name;unit\na@example.com;M'), 0xfc, ...Buffer.from('ller;C\n')]);
    expect(problemsOf(() => decodeUtf8(bytes))).toEqual([
      { line: 2, column: 'file', problem: 'is not UTF-8; in Excel save it as "CSV UTF-8"' },
    ]);
  });
});

describe('readCsv on any quoted content', () => {
  // Few characters, chosen to collide with separators, quotes and line ends as often as possible.
  const value = fc.string({ unit: fc.constantFrom('a', 'ü', 'ß', ' ', ';', ',', '"', '\n', '\t'), maxLength: 8 });
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

  it('gives back every value (trimmed) with the line its row starts on', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (rows, lineEnd) => {
        const csv = ['email;name;unit', ...rows.map((row) => row.map(quote).join(';'))].join('\n').replaceAll('\n', lineEnd);
        let line = 2;
        const expected = rows.flatMap(([email, name, unit]) => {
          const start = line;
          line += `${email}${name}${unit}`.split('\n').length;
          const values = { email: email.trim(), name: name.trim(), unit: unit.trim() };
          return Object.values(values).some((text) => text !== '') ? [{ line: start, values }] : [];
        });
        if (expected.length === 0) return;
        expect(readCsv(csv, people)).toEqual({ rows: expected, problems: [] });
      }),
    );
  });
});
