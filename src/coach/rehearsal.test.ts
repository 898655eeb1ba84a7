import { describe, expect, test } from 'vitest';
import { clock, timeRehearsal, type RehearsalPlan } from './rehearsal.js';

const aPlan = (overrides: Partial<RehearsalPlan> = {}): RehearsalPlan => ({
  timeLimitMinutes: 10,
  sections: [
    { title: 'The problem', plannedMinutes: 2 },
    { title: 'What we tried', plannedMinutes: 5 },
    { title: 'What I recommend', plannedMinutes: 3 },
  ],
  ...overrides,
});

/** Instants this many seconds after 09:00, as an injected clock would record them. */
const at = (...offsets: number[]) =>
  offsets.map((offset) => new Date(Date.UTC(2026, 10, 20, 9, 0, offset)).toISOString());

describe('presentation rehearsal timing', () => {
  test('a run-through on plan gives each section its actual time and no findings', () => {
    const report = timeRehearsal(aPlan(), at(0, 120, 420, 600));
    expect(report.sections.map((section) => section.actualSeconds)).toEqual([120, 300, 180]);
    expect(report.sections.map((section) => section.overSeconds)).toEqual([0, 0, 0]);
    expect(report.totalSeconds).toBe(600);
    expect(report.overLimitSeconds).toBe(0);
    expect(report.findings).toEqual([]);
  });

  test('reports over and under per section in seconds', () => {
    const report = timeRehearsal(aPlan(), at(0, 100, 430, 590));
    expect(report.sections.map((section) => section.overSeconds)).toEqual([-20, 30, -20]);
  });

  test('a section more than 25% over its plan is a finding, citing the threshold', () => {
    const report = timeRehearsal(aPlan(), at(0, 160, 420, 590));
    const finding = report.findings.find((entry) => entry.kind === 'section_over');
    expect(finding).toMatchObject({ section: 0, severity: 'warn' });
    expect(finding?.message).toContain('2:40 against 2:00 planned (33% over)');
    expect(finding?.threshold?.value).toBe(25);
  });

  test('exactly 25% over is not yet a finding', () => {
    const report = timeRehearsal(aPlan(), at(0, 150, 420, 590));
    expect(report.findings.map((entry) => entry.kind)).toEqual([]);
  });

  test('a total past the time limit is a problem', () => {
    const report = timeRehearsal(aPlan(), at(0, 120, 420, 645));
    expect(report.overLimitSeconds).toBe(45);
    expect(report.findings[0]).toMatchObject({ kind: 'total_over_limit', severity: 'problem' });
    expect(report.findings[0]?.message).toContain('10:45, 0:45 over the 10 minute limit');
  });

  test('planned minutes that do not add up to the limit are flagged', () => {
    const over = timeRehearsal(aPlan({ timeLimitMinutes: 8 }), at(0, 120, 420, 480));
    expect(over.findings.map((entry) => entry.kind)).toContain('plan_mismatch');
    const under = timeRehearsal(aPlan({ timeLimitMinutes: 15 }), at(0, 120, 420, 600));
    expect(under.findings).toEqual([
      expect.objectContaining({ kind: 'plan_mismatch', severity: 'info' }),
    ]);
  });

  test('a run-through stopped early leaves the later sections not reached', () => {
    const report = timeRehearsal(aPlan(), at(0, 120, 420));
    expect(report.sections[2]).toMatchObject({ actualSeconds: null, overSeconds: null });
    expect(report.findings.map((entry) => entry.kind)).toEqual(['sections_not_reached']);
  });

  test('no time limit means no limit findings', () => {
    const report = timeRehearsal(aPlan({ timeLimitMinutes: null }), at(0, 120, 420, 900));
    expect(report.overLimitSeconds).toBeNull();
    expect(report.findings.map((entry) => entry.kind)).toEqual(['section_over']);
  });

  test('clock writes minutes and seconds', () => {
    expect(clock(135)).toBe('2:15');
    expect(clock(-20)).toBe('-0:20');
  });
});
