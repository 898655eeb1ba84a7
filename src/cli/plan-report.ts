import type { RoundPlanView } from '../app/plan-round.js';

const indent = (text: string, by = '      ') => `${by}${text}`;

/** The round plan as text: per interviewer, the likely questions with story and reasons, then what to ask. */
export function formatPlan(view: RoundPlanView): string {
  const lines = [
    `Round ${view.round.number} plan — ${view.opportunity.role} at ${view.opportunity.company}`,
  ];
  for (const interviewer of view.plan.interviewers) {
    lines.push(
      '',
      `${interviewer.name}${interviewer.audienceKind ? ` (${interviewer.audienceKind.replace('_', ' ')})` : ''}`,
    );
    lines.push(indent(interviewer.focus, '  '));
    lines.push('  Likely questions:');
    interviewer.questions.forEach((question, index) => {
      lines.push(`  ${index + 1}. ${question.text}`);
      lines.push(indent(`why: ${question.reasons.join('; ')}`));
      if (question.story) {
        const warnings = [
          question.story.toldThemBefore ? 'they heard it in an earlier round' : '',
          question.story.alsoFor.length > 0
            ? `also planned for ${question.story.alsoFor.join(', ')}`
            : '',
        ].filter(Boolean);
        lines.push(
          indent(
            `story: ${question.story.title} — ${question.story.reason}${warnings.length > 0 ? ` (${warnings.join('; ')})` : ''}`,
          ),
        );
      } else if (question.storyAdvice) {
        lines.push(indent(`story: ${question.storyAdvice}`));
      }
    });
    lines.push('  Ask them:');
    for (const ask of interviewer.asks) {
      const flags = ask.findings.map((finding) => finding.kind).join(', ');
      lines.push(
        `  - ${ask.text}${ask.origin === 'mine' ? ' (yours)' : ''}${flags ? `  [${flags}]` : ''}`,
      );
    }
  }
  if (view.plan.gaps.length > 0) {
    lines.push('', 'Gaps in your evidence:');
    for (const gap of view.plan.gaps)
      lines.push(
        `  [${gap.strength === 'none' ? 'gap' : 'thin'}] ${gap.text}${gap.advice ? ` — ${gap.advice}` : ''}`,
      );
  }
  return lines.join('\n');
}
