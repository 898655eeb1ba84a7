import { defineQuestions } from './entry.js';

/**
 * Questions about professional skill that apply in any field. The role-specific templates name
 * the posting's skills; these ask how the candidate works with theirs.
 */
export const technicalGeneralQuestions = defineQuestions('technical_general', [
  {
    id: 'explain-core-concept-to-newcomer',
    text: 'Explain a core idea from your field as you would to a new colleague on their first day.',
    competencies: ['technical-depth', 'communication', 'coaching-mentoring'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Accurate understanding shown through a simple explanation, a good example, and checking the listener has followed.',
  },
  {
    id: 'tools-you-rely-on',
    text: 'Which tools and methods do you rely on most, and why those rather than the alternatives?',
    competencies: ['technical-depth', 'decision-making'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Reasoned preferences based on experience, awareness of the alternatives, and no dogma.',
  },
  {
    id: 'keep-skills-current',
    text: 'How do you keep your professional skills current? What have you learned in the last six months?',
    competencies: ['learning-agility', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'A real, recent example of learning with a source you can name, rather than a general claim to stay up to date.',
  },
  {
    id: 'find-cause-when-not-obvious',
    text: 'When something you built or run stops working and the cause is not obvious, how do you go about finding it?',
    competencies: ['problem-solving', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'A systematic approach: reproduce, narrow down, form and test hypotheses, and record what you find.',
  },
  {
    id: 'check-work-before-others-rely',
    text: 'How do you check that your work is correct before anyone else relies on it?',
    competencies: ['attention-to-detail', 'technical-depth'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Concrete checks suited to the work (reviews, tests, reconciliations, second readers) and how they scale with the stakes.',
  },
  {
    id: 'quick-fix-or-thorough',
    text: 'How do you decide between a quick fix and a thorough solution?',
    competencies: ['problem-solving', 'decision-making', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Weighing urgency, risk and future cost, and making sure a temporary fix is tracked and revisited.',
  },
  {
    id: 'least-experienced-requirement',
    text: 'Which of this job’s skill requirements are you least experienced in, and how would you close that gap?',
    competencies: ['self-awareness', 'learning-agility', 'technical-depth'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'An honest, specific gap rather than a dodge, and a credible plan to close it quickly.',
  },
  {
    id: 'standards-that-shape-your-work',
    text: 'What standards, regulations or professional guidelines shape your field, and how do they affect your daily decisions?',
    competencies: ['technical-depth', 'ethics-integrity', 'attention-to-detail'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Working knowledge of the rules that apply, and examples of applying them sensibly rather than reciting them.',
  },
  {
    id: 'measure-quality-beyond-done',
    text: 'How do you judge whether a piece of your work is good, beyond the fact that it is finished?',
    competencies: ['data-driven-decisions', 'technical-depth', 'attention-to-detail'],
    audiences: ['technical'],
    listeningFor:
      'Quality criteria tied to the people who use the work, and some way of measuring them.',
  },
  {
    id: 'document-for-hand-over',
    text: 'How do you record your work so that someone else could pick it up if you were away?',
    competencies: ['communication', 'ownership', 'attention-to-detail'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Practical habits that make the work survivable without you, kept up as routine rather than at the last minute.',
  },
  {
    id: 'what-you-have-systemised',
    text: 'Which part of your current work have you automated or turned into a system, and which part still should be?',
    competencies: ['process-improvement', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'An eye for repetitive work, practical skill in removing it, and judgement about what is worth automating.',
  },
  {
    id: 'how-you-review-colleagues',
    text: 'How do you review a colleague’s work, and what do you look at first?',
    competencies: ['attention-to-detail', 'coaching-mentoring', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Priorities in review (correctness and risk before style), constructive tone, and helping the author learn.',
  },
  {
    id: 'assess-risk-before-change',
    text: 'Talk me through how you assess the risk of a change before you make it.',
    competencies: ['planning', 'technical-depth', 'decision-making'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Thinking about what could break and for whom, a way back if it goes wrong, and proportionate caution.',
  },
  {
    id: 'how-you-estimate',
    text: 'How do you estimate how long a piece of work will take, and how accurate have your estimates turned out to be?',
    competencies: ['planning', 'self-awareness', 'time-management'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'A method (breaking work down, comparing with past work, adding contingency) and honest self-knowledge about your own bias.',
  },
  {
    id: 'evaluate-tool-or-vendor',
    text: 'If we asked you to evaluate a new tool or supplier for the team, what would your evaluation look like?',
    competencies: ['technical-depth', 'data-driven-decisions', 'commercial-awareness'],
    audiences: ['technical', 'hiring_manager', 'cross_functional'],
    listeningFor:
      'Criteria drawn from real needs, a hands-on trial, total cost rather than list price, and input from the people who would use it.',
  },
  {
    id: 'outsiders-misunderstand-field',
    text: 'What do people outside your field most often get wrong about it?',
    competencies: ['technical-depth', 'communication'],
    audiences: ['technical', 'cross_functional', 'executive'],
    listeningFor:
      'Depth shown through nuance, and patience with non-specialists rather than condescension.',
  },
  {
    id: 'concept-that-took-longest',
    text: 'Which idea in your field took you longest to really understand, and what finally made it click?',
    competencies: ['learning-agility', 'self-awareness', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Honesty about struggling, a real understanding now, and insight into how you learn.',
  },
  {
    id: 'messy-or-incomplete-records',
    text: 'How do you handle data or records that are incomplete or inconsistent?',
    competencies: ['data-driven-decisions', 'attention-to-detail', 'problem-solving'],
    audiences: ['technical'],
    listeningFor:
      'Checking and tracing sources, being open about gaps rather than quietly filling them, and fixing the cause upstream where possible.',
  },
]);
