import type { BankQuestion, QuestionType } from '../../domain/question-bank.js';
import { behavioralPeopleQuestions } from './behavioral-people.js';
import { behavioralWorkQuestions } from './behavioral-work.js';
import { careerGoalQuestions } from './career-goals.js';
import { caseStudyQuestions } from './case-study.js';
import { cultureFitQuestions } from './culture-fit.js';
import { motivationQuestions } from './motivation.js';
import { panelQuestions } from './panel.js';
import { presentationQaQuestions } from './presentation-qa.js';
import { roleSpecificTemplates } from './role-specific.js';
import { salaryQuestions } from './salary.js';
import { secondRoundQuestions } from './second-round.js';
import { situationalQuestions } from './situational.js';
import { technicalGeneralQuestions } from './technical-general.js';

/**
 * Every question a candidate may be asked in a second round, in our own words: what kind it is,
 * the competencies it probes, who tends to ask it and what the interviewer listens for.
 * Role-specific items are templates; see {@link roleSpecificTemplates}.
 */
export const questionBank: readonly BankQuestion[] = [
  ...behavioralPeopleQuestions,
  ...behavioralWorkQuestions,
  ...situationalQuestions,
  ...technicalGeneralQuestions,
  ...cultureFitQuestions,
  ...roleSpecificTemplates,
  ...motivationQuestions,
  ...careerGoalQuestions,
  ...salaryQuestions,
  ...secondRoundQuestions,
  ...presentationQaQuestions,
  ...caseStudyQuestions,
  ...panelQuestions,
];

/** The bank's questions of one type, in bank order. */
export function questionsOfType(type: QuestionType): BankQuestion[] {
  return questionBank.filter((question) => question.type === type);
}

export { roleSpecificTemplates };
