import { describe, expect, it } from 'vitest';
import { splitLinks } from './link-text';

describe('splitLinks', () => {
  it.each([
    ['no link', 'Hello there', [{ kind: 'text', text: 'Hello there' }]],
    [
      'a link in a line',
      'Open the survey: http://127.0.0.1:3000/r/abc_D-9\n\nThanks',
      [
        { kind: 'text', text: 'Open the survey: ' },
        { kind: 'link', href: 'http://127.0.0.1:3000/r/abc_D-9' },
        { kind: 'text', text: '\n\nThanks' },
      ],
    ],
    [
      'a link that ends a sentence',
      'See https://example.com/r/x.',
      [
        { kind: 'text', text: 'See ' },
        { kind: 'link', href: 'https://example.com/r/x' },
        { kind: 'text', text: '.' },
      ],
    ],
    ['no javascript: links', 'javascript:alert(1)', [{ kind: 'text', text: 'javascript:alert(1)' }]],
  ])('%s', (_name, text, expected) => {
    expect(splitLinks(text)).toEqual(expected);
  });
});
