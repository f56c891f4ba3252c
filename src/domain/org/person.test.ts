import { describe, expect, it } from 'vitest';
import { checkPersonFields, isLocale, normaliseEmail } from './person.js';

const valid = { email: 'anna.muster@example.com', name: 'Anna Muster', locale: 'de' };

describe('normaliseEmail', () => {
  it.each([
    { email: 'anna@example.com', normalised: 'anna@example.com' },
    { email: '  Anna.Muster@Example.COM ', normalised: 'anna.muster@example.com' },
    { email: 'ÖZLEM@müller.de', normalised: 'özlem@müller.de' },
    { email: '', normalised: '' },
  ])('"$email" → "$normalised"', ({ email, normalised }) => {
    expect(normaliseEmail(email)).toBe(normalised);
  });
});

describe('isLocale', () => {
  it.each([
    { value: 'de', isValid: true },
    { value: 'en', isValid: true },
    { value: 'fr', isValid: false },
    { value: 'DE', isValid: false },
    { value: ' de', isValid: false },
    { value: '', isValid: false },
  ])('"$value" → $isValid', ({ value, isValid }) => {
    expect(isLocale(value)).toBe(isValid);
  });
});

describe('checkPersonFields', () => {
  it.each([
    { case: 'a valid person', fields: valid },
    { case: 'English', fields: { ...valid, locale: 'en' } },
    { case: 'locale in capitals, padded', fields: { ...valid, locale: ' DE ' } },
    { case: 'email in capitals, padded', fields: { ...valid, email: '  Anna.Muster@Example.COM ' } },
    { case: 'plus addressing and subdomains', fields: { ...valid, email: 'anna+eyelevel@mail.example.co.uk' } },
    { case: 'umlauts in the name', fields: { ...valid, name: 'Özlem Şahin-Müller' } },
    { case: 'name of 200 characters', fields: { ...valid, name: 'n'.repeat(200) } },
    { case: 'email of 254 characters', fields: { ...valid, email: `${'a'.repeat(64)}@${'b'.repeat(185)}.com` } },
  ])('$case → no problems', ({ fields }) => {
    expect(checkPersonFields(fields)).toEqual([]);
  });

  it.each([
    { case: 'empty email', fields: { ...valid, email: '' }, field: 'email', problem: 'must not be empty' },
    { case: 'blank email', fields: { ...valid, email: '   ' }, field: 'email', problem: 'must not be empty' },
    {
      case: 'no @',
      fields: { ...valid, email: 'anna.example.com' },
      field: 'email',
      problem: '"anna.example.com" is not an email address',
    },
    { case: 'two @', fields: { ...valid, email: 'anna@x@example.com' }, field: 'email', problem: 'is not an email address' },
    { case: 'no dot in the domain', fields: { ...valid, email: 'anna@localhost' }, field: 'email', problem: 'is not an email address' },
    { case: 'space inside', fields: { ...valid, email: 'anna muster@example.com' }, field: 'email', problem: 'is not an email address' },
    {
      case: 'email over 254 characters',
      fields: { ...valid, email: `${'a'.repeat(64)}@${'b'.repeat(186)}.com` },
      field: 'email',
      problem: 'is not an email address',
    },
    { case: 'empty name', fields: { ...valid, name: '' }, field: 'name', problem: 'must not be empty' },
    { case: 'blank name', fields: { ...valid, name: ' \t ' }, field: 'name', problem: 'must not be empty' },
    {
      case: 'name over 200 characters',
      fields: { ...valid, name: 'n'.repeat(201) },
      field: 'name',
      problem: 'must be at most 200 characters',
    },
    { case: 'unknown locale', fields: { ...valid, locale: 'fr' }, field: 'locale', problem: 'must be one of de, en, not "fr"' },
    { case: 'empty locale', fields: { ...valid, locale: '' }, field: 'locale', problem: 'must be one of de, en' },
    { case: 'region locale', fields: { ...valid, locale: 'de-CH' }, field: 'locale', problem: 'must be one of de, en' },
  ])('$case → $field: $problem', ({ fields, field, problem }) => {
    const problems = checkPersonFields(fields);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.problem).toContain(problem);
  });

  it('reports every bad field at once, in field order', () => {
    expect(checkPersonFields({ email: 'nope', name: '', locale: 'xx' }).map((problem) => problem.field)).toEqual([
      'email',
      'name',
      'locale',
    ]);
  });
});
