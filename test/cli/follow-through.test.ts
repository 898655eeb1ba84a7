import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

/** Loads the example: round 1 was nine days ago with Femke, round 2 is in five days. */
function example(dir: string): string {
  const loaded = roundtwo(dir, ['example', '--json']);
  expect(loaded.code).toBe(0);
  return (JSON.parse(loaded.stdout) as { id: string }).id;
}

interface NotesJson {
  round: { number: number };
  drafted: number;
  notes: {
    note: { id: string; status: string; body: string; dueAt: string };
    interviewer: { id: string; name: string };
    overdue: boolean;
    findings: { kind: string }[];
  }[];
}

const notesOf = (dir: string, id: string) => {
  const result = roundtwo(dir, ['thanks', id, '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as NotesJson;
};

describe('roundtwo thanks', () => {
  test('drafts the last round’s notes and lists each with its deadline, overdue flag and findings', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['thanks', id.slice(0, 10)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Thank-you notes — round 1, Senior Product Manager, Shipper Platform at Larkspur Freight',
    );
    expect(result.stdout).toContain('Drafted 1 new note.');
    // Round 1 was nine days ago, so the unsent draft is long overdue.
    expect(result.stdout).toMatch(/Femke de Wit — OVERDUE \(draft, due .+\(Europe\/Amsterdam\)\)/);
    expect(result.stdout).toContain('    Dear Femke,');
    expect(result.stdout).toContain(
      'send you the one-page summary of the invoice-splitting results',
    );
  });

  test('--json gives the notes; a second run drafts nothing new', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const first = notesOf(dir, id);
    expect(first.round.number).toBe(1);
    expect(first.drafted).toBe(1);
    expect(first.notes[0]).toMatchObject({ overdue: true, note: { status: 'draft' } });
    const again = notesOf(dir, id);
    expect(again.drafted).toBe(0);
    expect(again.notes[0]?.note.id).toBe(first.notes[0]?.note.id);
  });

  test('a round that has not taken place can be named with --round; an unknown one is bad usage', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const second = roundtwo(dir, ['thanks', id, '--round', '2', '--json']);
    expect(second.code).toBe(0);
    const view = JSON.parse(second.stdout) as NotesJson;
    expect(view.notes.map((entry) => entry.interviewer.name)).toEqual([
      'Femke de Wit',
      'Arjun Mehta',
      'Sanne Bakker',
    ]);
    expect(view.notes.every((entry) => !entry.overdue)).toBe(true);
    const missing = roundtwo(dir, ['thanks', id, '--round', '7']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no round 7');
  });

  test('thanks sent marks a note sent, and it is no longer overdue', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const noteId = notesOf(dir, id).notes[0]!.note.id;
    const sent = roundtwo(dir, ['thanks', 'sent', noteId.slice(0, 12)]);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^Marked note .+ as sent at \d{4}-\d\d-\d\dT/);
    const after = notesOf(dir, id).notes[0]!;
    expect(after).toMatchObject({ overdue: false, note: { status: 'sent' } });
    expect(roundtwo(dir, ['thanks', 'sent', noteId, '--at', 'tomorrow']).code).toBe(2);
  });

  test('thanks eml writes an .eml that parses back, and offers a mailto: link', async () => {
    const dir = freshDataDir();
    const id = example(dir);
    const note = notesOf(dir, id).notes[0]!.note;
    const file = join(dir, 'thanks.eml');
    const result = roundtwo(dir, ['thanks', 'eml', note.id, '-o', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Wrote ${file}`);
    expect(result.stderr).toContain('mailto:');
    const email = await PostalMime.parse(readFileSync(file, 'utf8'));
    expect(email.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(note.body);
  });
});

describe('roundtwo calendar and contact', () => {
  test('calendar writes the next round as an .ics with alarms and the thank-you to-do', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const file = join(dir, 'round.ics');
    const result = roundtwo(dir, ['calendar', id, '-o', file]);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')) as unknown[]);
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Round 2 interview — Senior Product Manager, Shipper Platform at Larkspur Freight',
    );
    expect(event.getAllSubcomponents('valarm')).toHaveLength(2);
    expect(calendar.getFirstSubcomponent('vtodo')?.getFirstPropertyValue('summary')).toBe(
      'Send thank-you notes',
    );
  });

  test('contact writes an interviewer as a vCard', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const interviewer = notesOf(dir, id).notes[0]!.interviewer;
    const result = roundtwo(dir, ['contact', interviewer.id]);
    expect(result.code).toBe(0);
    const card = new ICAL.Component(ICAL.parse(result.stdout) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Femke de Wit');
    expect(card.getFirstPropertyValue('org')).toEqual(['Larkspur Freight', 'Product']);
  });
});
