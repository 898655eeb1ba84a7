import { describe, expect, test } from 'vitest';
import { buildOfferChecklist, formatMoney, type OfferSalaryPrep } from './offer-checklist.js';

const larkspur = { company: 'Larkspur Freight', role: 'Senior Product Manager' };
const aSalaryPrep = (overrides: Partial<OfferSalaryPrep> = {}): OfferSalaryPrep => ({
  currency: 'EUR',
  target: 95_000,
  rangeLow: 80_000,
  rangeHigh: 100_000,
  walkAway: 82_500,
  marketSources: ['a 2026 salary survey'],
  ...overrides,
});

/** Everything in the checklist that is not under `private`, as one text. */
const shareable = (checklist: ReturnType<typeof buildOfferChecklist>) => {
  const { private: _private, ...rest } = checklist;
  return JSON.stringify(rest);
};

describe('the salary part of the checklist', () => {
  test('sets the target against the researched range', () => {
    const { salary } = buildOfferChecklist(larkspur, aSalaryPrep());
    expect(salary.summary[0]).toBe(
      'Your target, €95,000, sits in the upper half of your researched range (€80,000–€100,000).',
    );
    expect(salary.missing).toEqual([]);
  });

  test('a target above or below the range is pointed out', () => {
    expect(
      buildOfferChecklist(larkspur, aSalaryPrep({ target: 120_000 })).salary.summary[0],
    ).toContain('is above your researched range');
    expect(
      buildOfferChecklist(larkspur, aSalaryPrep({ target: 70_000 })).salary.summary[0],
    ).toContain('is below your researched range');
  });

  test('says the walk-away is set but keeps its value out of everything but `private`', () => {
    const checklist = buildOfferChecklist(larkspur, aSalaryPrep());
    expect(checklist.salary.walkAwaySet).toBe(true);
    expect(checklist.salary.summary).toContain(
      'Your walk-away is set. Keep it to yourself: it is for your decision, not the conversation.',
    );
    expect(checklist.private.walkAway).toBe(82_500);
    expect(shareable(checklist)).not.toMatch(/82[,.]?500/);
  });

  test('a walk-away above the target is flagged privately', () => {
    const checklist = buildOfferChecklist(larkspur, aSalaryPrep({ walkAway: 99_000 }));
    expect(checklist.private.checks[0]).toContain('is above your target');
    expect(shareable(checklist)).not.toMatch(/99[,.]?000/);
  });

  test('missing figures become things to prepare', () => {
    const none = buildOfferChecklist(larkspur, null);
    expect(none.salary.missing[0]).toContain('No salary preparation yet');
    expect(none.counterScript).toBeNull();
    const partial = buildOfferChecklist(
      larkspur,
      aSalaryPrep({ walkAway: null, target: null, marketSources: [] }),
    );
    expect(partial.salary.missing.map((line) => line.slice(0, 20))).toEqual([
      'No target set: decid',
      'No walk-away figure ',
      'No market sources no',
    ]);
    expect(partial.salary.walkAwaySet).toBe(false);
  });
});

describe('the rest of the checklist', () => {
  test('a counter-proposal names the target and the reason', () => {
    expect(buildOfferChecklist(larkspur, aSalaryPrep()).counterScript).toBe(
      'Thank you for the offer; I am excited about the Senior Product Manager role at Larkspur Freight. Based on my market research (a 2026 salary survey) and the scope we discussed, I was expecting €95,000. Is there room to move to that figure?',
    );
  });

  test('steps run from the written offer to accepting in writing', () => {
    const ids = buildOfferChecklist(larkspur, null).steps.map((step) => step.id);
    expect(ids[0]).toBe('thank-and-pause');
    expect(ids).toEqual(
      expect.arrayContaining([
        'in-writing',
        'time-to-decide',
        'total-package',
        'counter-with-a-number',
      ]),
    );
    expect(ids.at(-1)).toBe('final-in-writing');
  });

  test('questions are the bank’s after-offer questions', () => {
    const { questions } = buildOfferChecklist(larkspur, null);
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.map((question) => question.id)).toContain('compensation-room-to-adjust');
  });

  test('money is shown in its currency, or with its code when unknown to Intl', () => {
    expect(formatMoney(60_000, 'GBP')).toBe('£60,000');
    expect(formatMoney(60_000, 'XQQ')).toMatch(/60,000/);
  });
});
