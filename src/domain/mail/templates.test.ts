import { describe, expect, it } from 'vitest';
import { escapeHtml, renderWaveMail, type WaveMailInput, type WaveMailKind } from './templates.js';

const input = (overrides: Partial<WaveMailInput> = {}): WaveMailInput => ({
  kind: 'invitation',
  locale: 'de',
  personName: 'Jana Becker',
  waveName: 'Frühjahr 2026',
  link: 'https://eyelevel.example.com/s/abc123',
  closesAt: '2026-03-31T12:00:00.000Z',
  anonymityThreshold: 5,
  ...overrides,
});

describe('renderWaveMail: what each mail says', () => {
  it.each([
    [
      'de',
      'invitation',
      'Ihre Einschätzung ist gefragt: Frühjahr 2026',
      'Guten Tag Jana Becker,',
      'bis zum 31. März 2026',
      'weniger als 5 Personen',
    ],
    ['de', 'reminder', 'Erinnerung: Frühjahr 2026', 'läuft noch', 'bis zum 31. März 2026', 'weniger als 5 Personen'],
    ['en', 'invitation', 'Share your view: Frühjahr 2026', 'Hello Jana Becker,', 'until 31 March 2026', 'fewer than 5 people'],
    ['en', 'reminder', 'Reminder: Frühjahr 2026', 'is still open', 'until 31 March 2026', 'fewer than 5 people'],
  ] as const)('%s %s', (locale, kind, subject, opening, closes, threshold) => {
    const mail = renderWaveMail(input({ locale, kind }));
    expect(mail.subject).toBe(subject);
    for (const part of [mail.text, mail.html]) {
      for (const phrase of [opening, closes, threshold, 'Frühjahr 2026']) expect(part).toContain(phrase);
      expect(part).toMatch(locale === 'de' ? /anonym/ : /anonymous/);
    }
    expect(mail.text).toContain('https://eyelevel.example.com/s/abc123');
    expect(mail.html).toContain('href="https://eyelevel.example.com/s/abc123"');
    expect(mail.html).toContain(`<html lang="${locale}">`);
  });

  it.each(['invitation', 'reminder'] as WaveMailKind[])('German %s addresses the reader with "Sie", never "du"', (kind) => {
    const { text } = renderWaveMail(input({ kind }));
    expect(text).toMatch(/\bSie\b/);
    expect(text).not.toMatch(/\b(du|dich|dir|dein|deine|euch|ihr)\b/i);
  });

  it.each([
    ['de', null, /geöffnet/],
    ['en', null, /open until/],
  ] as const)('%s without a close time leaves the closing sentence out', (locale, closesAt, sentence) => {
    const mail = renderWaveMail(input({ locale, closesAt }));
    expect(mail.text).not.toMatch(sentence);
    expect(mail.html).not.toMatch(sentence);
  });

  it.each([
    ['UTC', 'bis zum 31. März 2026'],
    ['Pacific/Kiritimati', 'bis zum 1. April 2026'],
  ])('dates the close in time zone %s', (timeZone, expected) => {
    expect(renderWaveMail(input({ closesAt: '2026-03-31T22:30:00.000Z', timeZone })).text).toContain(expected);
  });

  it('keeps every mail short', () => {
    for (const locale of ['de', 'en'] as const) expect(renderWaveMail(input({ locale })).text.length).toBeLessThan(900);
  });
});

describe('renderWaveMail: hostile input', () => {
  const hostile = input({
    personName: '<script>alert("hi")</script>',
    waveName: `O'Brien & "Partner" <b>`,
    link: 'https://eyelevel.example.com/s/x?a="><img src=x onerror=alert(1)>',
  });
  const mail = renderWaveMail(hostile);

  it('escapes every input in the HTML', () => {
    expect(mail.html).not.toMatch(/<script|<b>|<img|"><img/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('O&#39;Brien &amp; &quot;Partner&quot; &lt;b&gt;');
    expect(mail.html).toContain('href="https://eyelevel.example.com/s/x?a=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('leaves the plain text as written', () => {
    expect(mail.text).toContain('<script>alert("hi")</script>');
    expect(mail.subject).toBe(`Ihre Einschätzung ist gefragt: O'Brien & "Partner" <b>`);
  });

  it('folds line breaks in names, so no one can add a header or a paragraph', () => {
    const folded = renderWaveMail(input({ waveName: 'Spring\r\nBcc: x@evil.example', personName: 'Jana\n\nClick here' }));
    expect(folded.subject).toBe('Ihre Einschätzung ist gefragt: Spring Bcc: x@evil.example');
    expect(folded.text).toContain('Guten Tag Jana Click here,');
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/relative/link'])('refuses the link %s', (link) => {
    expect(() => renderWaveMail(input({ link }))).toThrowError(expect.objectContaining({ code: 'validation' }));
  });

  it('refuses a close time that is not a time', () => {
    expect(() => renderWaveMail(input({ closesAt: 'soon' }))).toThrowError(expect.objectContaining({ code: 'validation' }));
  });
});

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['<script>', '&lt;script&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['a & b', 'a &amp; b'],
    ['&amp;', '&amp;amp;'],
    ['Größe ✓', 'Größe ✓'],
  ])('%s → %s', (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});
