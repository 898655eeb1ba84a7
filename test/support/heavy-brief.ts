import type { AppContext } from '../../src/app/context.js';
import { createRecord } from '../../src/app/records.js';

/** The walk-away figure of the heavy workspace: it must never appear in a brief. */
export const HEAVY_WALK_AWAY = 987_654;

const long = (seed: string, words = 60) =>
  Array.from({ length: words }, (_, index) => `${seed}${index % 7 === 0 ? '.' : ''}`).join(' ');

/**
 * A workspace that tries to overflow the day-of brief: a panel of eight, every list longer than
 * the brief keeps and every text longer than it shows, characters the PDF's standard fonts lack
 * (arrows, emoji, Chinese), and a salary preparation with a walk-away figure.
 * Round 1 is on 2026-11-10, round 2 on 2026-11-25 at 14:00 London time.
 */
export async function fillHeavyBriefWorkspace(ctx: AppContext) {
  const opportunity = await createRecord(ctx, 'opportunity', {
    company: 'Società Internazionale di Logistica Avanzata e Trasporti Intermodali S.p.A. 物流',
    role: 'Principal Product Manager, Pricing, Payments and Partner Integrations → Europe and Asia-Pacific 🚚',
  });
  const opportunityId = opportunity.id;
  const first = await createRecord(ctx, 'round', {
    opportunityId,
    number: 1,
    startsAt: '2026-11-10T10:00:00.000Z',
    timeZone: 'Europe/London',
    status: 'completed',
  });
  const second = await createRecord(ctx, 'round', {
    opportunityId,
    number: 2,
    startsAt: '2026-11-25T14:00:00.000Z',
    timeZone: 'Europe/London',
    durationMinutes: 240,
    formats: ['panel', 'presentation', 'case_study', 'team_meet'],
    location: long('Building', 30),
    videoLink: `https://meet.example.com/${'a'.repeat(300)}`,
    logistics: [
      'Ask for Dr. Ana Müller-Lüdenscheidt at the north reception desk and mention the visitor code 4471.',
      'Bring photo ID, a laptop with HDMI and USB-C adapters, printed copies of the deck, and the signed NDA.',
      'Parking is behind the warehouse; the gate closes at 18:00.',
      'Lunch is with the team at the canteen.',
      'The building has step-free access.',
    ].join(' '),
  });
  await createRecord(ctx, 'salaryPrep', {
    opportunityId,
    currency: 'EUR',
    target: 120_000,
    walkAway: HEAVY_WALK_AWAY,
    notes: `Private: would accept ${HEAVY_WALK_AWAY} at the very least.`,
  });
  const panel = [];
  for (let index = 1; index <= 8; index += 1) {
    const person = await createRecord(ctx, 'interviewer', {
      opportunityId,
      name: `Interviewer Number ${index} With A Rather Long Double-Barrelled Surname ${index}`,
      title: long('Senior Vice President', 12),
      audienceKind: (['hiring_manager', 'executive', 'peer', 'technical'] as const)[index % 4],
      priorities: Array.from({ length: 6 }, (_, at) => long(`priority-${at}`, 30)),
      rapportHooks: [long('Collects vintage bicycles ✓ and 🚲', 30), 'Second hook'],
    });
    panel.push(person);
    await createRecord(ctx, 'participation', { roundId: second.id, interviewerId: person.id });
    for (let at = 0; at < 4; at += 1) {
      await createRecord(ctx, 'debriefItem', {
        roundId: first.id,
        askedByInterviewerId: person.id,
        question: `${long(`Question ${at}`, 40)}?`,
      });
    }
    for (let at = 0; at < 5; at += 1) {
      await createRecord(ctx, 'questionToAsk', {
        opportunityId,
        question: `How does the team measure ${long(`outcome-${at}`, 35)}?`,
        category: 'team',
        targetInterviewerIds: [person.id],
      });
    }
  }
  for (let index = 1; index <= 12; index += 1) {
    await createRecord(ctx, 'story', {
      title: long(`Story ${index} about team stakeholder planning`, 6),
      situation: 'The team had a problem with planning and stakeholders.',
      task: 'I had to fix planning with the team.',
      action: 'I worked with stakeholders on the plan and the roadmap.',
      result: `${long('Revenue grew 70 → 125 per cent', 40)}. A second sentence.`,
      tags: ['planning', 'stakeholder management', 'teamwork', 'leadership'],
    });
  }
  await createRecord(ctx, 'companyResearch', {
    opportunityId,
    mission: long('Move every parcel on the planet with zero emissions', 30),
    values: Array.from({ length: 8 }, (_, at) => long(`Value ${at}`, 15)),
    products: Array.from({ length: 10 }, (_, at) => long(`Product ${at}`, 15)),
  });
  for (let index = 1; index <= 6; index += 1) {
    await createRecord(ctx, 'newsItem', {
      opportunityId,
      headline: long(`Headline ${index} — 新闻`, 30),
      publishedOn: `2026-11-0${index}`,
      talkingPoint: long(`Talking point ${index}`, 40),
    });
  }
  for (let index = 1; index <= 6; index += 1) {
    await createRecord(ctx, 'promise', {
      roundId: first.id,
      toInterviewerId: panel[index]?.id ?? null,
      promise: long(`Send the deck ${index}`, 40),
      dueOn: `2026-11-1${index}`,
    });
  }
  return { opportunityId, first, second, panel };
}
