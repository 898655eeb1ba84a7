import type { AnswerAnalysis } from '../coach/answer-analysis.js';
import type { AskAnalysis } from '../coach/ask-analysis.js';
import type { NoteAnalysis } from '../coach/note-analysis.js';
import type { Finding } from '../coach/finding.js';

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

const quote = (text: string, finding: Finding) => {
  const evidence = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  if (evidence === '' || evidence.length === text.replace(/\s+/g, ' ').trim().length)
    return undefined;
  return evidence.length > 100 ? `${evidence.slice(0, 97)}…` : evidence;
};

/** Findings as an indented list: severity, kind, message, evidence, advice and any threshold. */
export function formatFindings(text: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['No findings.'];
  const lines = [`Findings (${findings.length}):`];
  for (const finding of findings) {
    lines.push(`  [${finding.severity}] ${finding.kind}: ${finding.message}`);
    const evidence = quote(text, finding);
    if (evidence) lines.push(`      evidence: "${evidence}"`);
    lines.push(`      → ${finding.advice}`);
    if (finding.threshold) {
      lines.push(
        `      threshold: ${finding.threshold.value} ${finding.threshold.unit} (${finding.threshold.source})`,
      );
    }
  }
  return lines;
}

export function formatAnswerReport(text: string, analysis: AnswerAnalysis): string {
  const mark = (present: boolean) => (present ? 'yes' : 'MISSING');
  const timing = analysis.timing;
  const lines = [
    `${analysis.words} words, ${timing.measured ? '' : 'about '}${clock(timing.seconds)} spoken (light: ${timing.light})` +
      (analysis.wordsPerMinute === undefined ? '' : `, ${analysis.wordsPerMinute} words a minute`),
    `STAR: situation ${mark(analysis.star.situation)} · task ${mark(analysis.star.task)} · action ${mark(analysis.star.action)} · result ${mark(analysis.star.result)}${analysis.star.result ? (analysis.resultQuantified ? ' (measured)' : ' (not measured)') : ''} · reflection ${analysis.reflection ? 'yes' : 'no'}`,
    '',
    ...formatFindings(text, analysis.findings),
  ];
  return lines.join('\n');
}

export function formatAskReport(question: string, analysis: AskAnalysis): string {
  const lines = [`Category: ${analysis.category.replace('_', ' ')} (${analysis.categoryReason})`];
  if (analysis.openRephrasing) lines.push(`Open version: ${analysis.openRephrasing}`);
  return [...lines, '', ...formatFindings(question, analysis.findings)].join('\n');
}

export function formatNoteReport(body: string, analysis: NoteAnalysis): string {
  return [`${analysis.words} words`, '', ...formatFindings(body, analysis.findings)].join('\n');
}
