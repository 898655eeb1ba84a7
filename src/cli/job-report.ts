import type { JobAnalysis } from '../app/analyze-job.js';

function salaryLine(analysis: JobAnalysis): string | undefined {
  const pay = analysis.posting.baseSalary;
  if (pay === undefined) return undefined;
  const figure = (value: number | undefined) =>
    value === undefined ? '?' : value.toLocaleString('en-US');
  const range = pay.min === pay.max ? figure(pay.min) : `${figure(pay.min)}–${figure(pay.max)}`;
  return [pay.currency, range, pay.unit ? `per ${pay.unit.toLowerCase()}` : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
}

function section(heading: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`${heading}: none found`];
  return [`${heading} (${items.length}):`, ...items.map((item) => `  - ${item}`)];
}

/** The `analyze job` report: what the posting is, then each extracted list. */
export function formatJobReport(analysis: JobAnalysis): string {
  const { posting } = analysis;
  const heading = [analysis.title ?? 'Untitled posting', analysis.company]
    .filter((part) => part !== undefined)
    .join(' — ');
  const facts = [`read as ${posting.sourceFormat}`, posting.location, salaryLine(analysis)].filter(
    (part) => part !== undefined,
  );
  return [
    heading,
    facts.join(' · '),
    '',
    ...section('Requirements', analysis.requirements),
    '',
    ...section('Preferred', analysis.preferred),
    '',
    ...section('Responsibilities', analysis.responsibilities),
    '',
    analysis.skills.length === 0 ? 'Skills: none found' : `Skills: ${analysis.skills.join(', ')}`,
  ].join('\n');
}
