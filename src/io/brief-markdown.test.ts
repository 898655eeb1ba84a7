import { describe, expect, test } from 'vitest';
import { aBrief } from '../../test/support/brief.js';
import { briefMarkdown } from './brief-markdown.js';

describe('briefMarkdown', () => {
  test('opens with the role, company, round, time in the candidate’s zone and the countdown', () => {
    const [title, , when] = briefMarkdown(aBrief()).split('\n');
    expect(title).toBe(
      '# Day-of brief: Senior Product Manager, Shipper Platform at Larkspur Freight, round 2',
    );
    expect(when).toBe(
      '**Wed 25 Nov 2026, 13:30 (Europe/Amsterdam)** — in 5 days · panel, presentation',
    );
  });

  test('has one section per part of the brief, each interviewer under their own heading', () => {
    const markdown = briefMarkdown(aBrief());
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(1)).toEqual([
      '## Logistics',
      '## Who you meet',
      '### Femke de Wit',
      '### Arjun Mehta',
      '### Sanne Bakker',
      '## Key stories',
      '## Company',
      '## Recent news',
      '## Promises to keep',
      '## On the day',
    ]);
  });

  test('logistics show the hours, place, video link, whom to ask for and what to bring', () => {
    const markdown = briefMarkdown(aBrief());
    expect(markdown).toContain('- **Time:** 13:30–16:00\n- **Length:** 2 h 30 min');
    expect(markdown).toContain('- **Video:** <https://meet.larkspur-freight.example/r2>');
    expect(markdown).toContain('- **Ask for:** Ask for Femke at reception.');
  });

  test('the candidate’s own questions are plain; suggestions are marked', () => {
    const markdown = briefMarkdown(aBrief());
    expect(markdown).toContain(
      '  - What would make the first six months a clear success for you?\n  - What is the team wrestling with right now? _(suggested)_',
    );
  });

  test('stories are one line each with whom they are for; overdue promises stand out', () => {
    const markdown = briefMarkdown(aBrief());
    expect(markdown).toContain(
      '- **Invoice splitting for multi-stop shipments**: Billing tickets fell by 38% in the first quarter. _(for Arjun Mehta)_',
    );
    expect(markdown).toContain('To Femke de Wit. **Overdue since 19 Nov 2026.**');
  });

  test('Markdown characters in the candidate’s text are escaped, not interpreted', () => {
    const brief = aBrief();
    const markdown = briefMarkdown({
      ...brief,
      company: { ...brief.company, mission: 'Ship *fast* [now](x) <b>ok</b> #1_a' },
    });
    expect(markdown).toContain('Ship \\*fast\\* \\[now\\](x) \\<b\\>ok\\</b\\> \\#1\\_a');
  });

  test('empty parts are left out rather than shown as empty headings', () => {
    const markdown = briefMarkdown(
      aBrief({ news: [], promises: [], company: { mission: null, values: [], products: [] } }),
    );
    expect(markdown).not.toContain('## Recent news');
    expect(markdown).not.toContain('## Promises to keep');
    expect(markdown).not.toContain('## Company');
  });

  test('an unscheduled round says so', () => {
    const brief = aBrief();
    const markdown = briefMarkdown({
      ...brief,
      header: { ...brief.header, when: null, countdown: null, startsAt: null },
      logistics: { ...brief.logistics, hours: null, duration: null },
    });
    expect(markdown).toContain('**Not scheduled yet.**');
    expect(markdown).toContain('- **Time:** not scheduled yet');
  });
});
