import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { interviewerCard, nameParts } from './vcard.js';

const femke = {
  id: 'int-0001',
  name: 'Femke de Wit',
  title: 'Director of Product',
  department: 'Product',
  email: 'femke.dewit@larkspur-freight.example',
  profileUrl: 'https://www.linkedin.com/in/femke-de-wit-example',
  priorities: ['Fewer failed bookings', 'A roadmap sales can sell; with dates, not themes'],
  updatedAt: '2026-11-20T08:00:00.000Z',
};

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('an interviewer’s vCard', () => {
  test('is vCard 4.0 for an individual, with a UID that follows the record', () => {
    const card = parse(interviewerCard({ interviewer: femke, company: 'Larkspur Freight' }));
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('kind')).toBe('individual');
    expect(card.getFirstPropertyValue('uid')).toBe('interviewer-int-0001@roundtwo.local');
  });

  test('has the name, company and department, title, email and profile link', () => {
    const card = parse(interviewerCard({ interviewer: femke, company: 'Larkspur Freight' }));
    expect(card.getFirstPropertyValue('fn')).toBe('Femke de Wit');
    expect(card.getFirstPropertyValue('n')).toEqual(['de Wit', 'Femke', '', '', '']);
    expect(card.getFirstPropertyValue('org')).toEqual(['Larkspur Freight', 'Product']);
    expect(card.getFirstPropertyValue('title')).toBe('Director of Product');
    expect(card.getFirstPropertyValue('email')).toBe('femke.dewit@larkspur-freight.example');
    expect(card.getFirstProperty('email')?.getParameter('type')).toBe('work');
    expect(card.getFirstPropertyValue('url')).toBe(
      'https://www.linkedin.com/in/femke-de-wit-example',
    );
  });

  test('keeps commas, semicolons, backslashes and line breaks through escaping', () => {
    const text = interviewerCard({
      interviewer: { ...femke, name: 'Ana López, PhD', title: 'VP; Data \\ Platform' },
      company: 'Acme, Inc.; EU',
    });
    expect(text).toContain('ORG:Acme\\, Inc.\\; EU;Product\r\n');
    const card = parse(text);
    expect(card.getFirstPropertyValue('fn')).toBe('Ana López, PhD');
    expect(card.getFirstPropertyValue('title')).toBe('VP; Data \\ Platform');
    expect(card.getFirstPropertyValue('org')).toEqual(['Acme, Inc.; EU', 'Product']);
    expect(card.getFirstPropertyValue('note')).toBe(
      'Priorities:\n- Fewer failed bookings\n- A roadmap sales can sell; with dates, not themes',
    );
  });

  test('leaves out what is not known', () => {
    const text = interviewerCard({
      interviewer: { id: 'int-0002', name: 'Arjun Mehta' },
      company: 'Larkspur Freight',
    });
    for (const name of ['TITLE', 'EMAIL', 'URL', 'NOTE', 'REV'])
      expect(text).not.toContain(`\r\n${name}`);
    expect(parse(text).getFirstPropertyValue('org')).toBe('Larkspur Freight');
  });

  test('folds long lines at 75 octets with CRLF', () => {
    const text = interviewerCard({
      interviewer: {
        ...femke,
        priorities: Array(6).fill('Zoë’s planning desk — fewer manual rebookings'),
      },
      company: 'Larkspur Freight',
    });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parse(text).getFirstPropertyValue('note')).toContain('Zoë’s planning desk');
  });
});

describe('the structured name', () => {
  test('splits given and family names, keeping particles with the family name', () => {
    expect(nameParts('Femke de Wit')).toEqual(['de Wit', 'Femke', '', '', '']);
    expect(nameParts('Ludwig van der Berg')).toEqual(['van der Berg', 'Ludwig', '', '', '']);
    expect(nameParts('Mary Jane Watson')).toEqual(['Watson', 'Mary', 'Jane', '', '']);
  });

  test('puts honorifics and suffixes in their own components', () => {
    expect(nameParts('Dr. Priya Natarajan')).toEqual(['Natarajan', 'Priya', '', 'Dr.', '']);
    expect(nameParts('Sam Okafor Jr.')).toEqual(['Okafor', 'Sam', '', '', 'Jr.']);
  });

  test('a single name is the family name', () => {
    expect(nameParts('Arjun')).toEqual(['Arjun', '', '', '', '']);
  });
});
