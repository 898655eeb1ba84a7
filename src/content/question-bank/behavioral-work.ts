import { defineQuestions } from './entry.js';

/**
 * Behavioural questions about how the candidate gets work done: priorities, problems, change,
 * ownership, evidence, mistakes, time, quality, strategy, ethics, money, plans, expertise,
 * pressure, decisions, self-knowledge and motivation.
 */
export const behavioralWorkQuestions = defineQuestions('behavioral', [
  {
    id: 'postponed-important-request',
    text: 'Tell me about a time you turned down or postponed a request from someone important so you could focus on something that mattered more.',
    competencies: ['prioritisation', 'stakeholder-management', 'decision-making'],
    audiences: ['hiring_manager', 'peer', 'cross_functional'],
    listeningFor:
      'A clear reason for the priority, the courage to say not yet, and how you explained it so the other person felt heard rather than brushed off.',
  },
  {
    id: 'week-everything-urgent',
    text: 'Walk me through a week when everything seemed urgent at once. How did you decide what to do first?',
    competencies: ['prioritisation', 'time-management', 'delivery-under-pressure'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A method for ranking work by impact and deadline, telling people what would slip, and evidence that the important things were delivered.',
    followUps: ['What did you let go, and who did you tell?'],
  },
  {
    id: 'hardest-problem-solved',
    text: 'What is the hardest problem you have solved at work in the last couple of years, and how did you get to its root?',
    competencies: ['problem-solving', 'technical-depth', 'resilience'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'A structured search for the cause (hypotheses, tests, ruling things out) rather than luck, and proof the fix held.',
    followUps: ['What did you try first that did not work?', 'How did you know it was solved?'],
  },
  {
    id: 'fixed-problem-others-tolerated',
    text: 'Tell me about a recurring problem that everyone had learned to live with, and how you fixed it for good.',
    competencies: ['problem-solving', 'process-improvement', 'ownership'],
    audiences: ['peer', 'technical'],
    listeningFor:
      'Noticing what others accepted, measuring its cost, and a lasting fix rather than another workaround.',
  },
  {
    id: 'worked-out-approach-from-scratch',
    text: 'Describe a situation where there was no playbook and you had to work out an approach from nothing.',
    competencies: ['problem-solving', 'adaptability', 'innovation'],
    audiences: ['hiring_manager', 'executive', 'technical'],
    listeningFor:
      'Comfort with ambiguity, borrowing ideas from elsewhere, testing early, and adjusting as you learned.',
  },
  {
    id: 'goal-changed-halfway',
    text: 'Tell me about a time the goal of your work changed halfway through. How did you adjust, and what did you salvage?',
    competencies: ['adaptability', 'resilience', 'planning'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A quick, unbitter reset, reuse of what still applied, and clear communication of the new plan to everyone affected.',
  },
  {
    id: 'coped-with-reorganisation',
    text: 'Describe how you coped when your team went through a reorganisation or a change of manager.',
    competencies: ['adaptability', 'change-management', 'resilience'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'Steadiness during uncertainty, helping others settle, and building a good relationship with the new set-up rather than resisting it.',
  },
  {
    id: 'fixed-something-not-your-job',
    text: 'Tell me about something you fixed even though it was not strictly your job.',
    competencies: ['ownership', 'process-improvement', 'teamwork'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Initiative with good judgement: you told the people who owned it, did not tread on toes, and made sure the fix lasted.',
  },
  {
    id: 'dropped-ball-on-commitment',
    text: 'Describe a time you failed to keep a commitment. How did you handle it with the people affected?',
    competencies: ['ownership', 'ethics-integrity', 'learning-from-failure'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A straight admission, a prompt repair, no excuses, and a change that stopped it happening again.',
  },
  {
    id: 'owned-work-end-to-end',
    text: 'Walk me through a piece of work you owned from start to finish, including the unglamorous parts.',
    competencies: ['ownership', 'planning', 'attention-to-detail'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'Follow-through on the dull tasks (documentation, hand-over, loose ends) as well as the visible ones.',
  },
  {
    id: 'data-changed-your-mind',
    text: 'Tell me about a time the evidence changed your mind about something you were sure of.',
    competencies: ['data-driven-decisions', 'self-awareness', 'decision-making'],
    audiences: ['hiring_manager', 'technical', 'executive'],
    listeningFor:
      'Intellectual honesty: you looked for evidence that could prove you wrong, accepted it, and changed course quickly.',
  },
  {
    id: 'measured-impact-of-recent-work',
    text: 'How did you measure the impact of your most recent significant piece of work? Take me through the numbers.',
    competencies: ['data-driven-decisions', 'commercial-awareness', 'ownership'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Real figures with a baseline and a comparison, honesty about what you can and cannot attribute to yourself, and a link to what the business cares about.',
    followUps: ['What did the number look like before you started?'],
  },
  {
    id: 'decided-without-data-you-wanted',
    text: 'Describe a decision you had to make when the data you wanted did not exist. What did you rely on instead?',
    competencies: ['data-driven-decisions', 'decision-making', 'adaptability'],
    audiences: ['hiring_manager', 'executive', 'technical'],
    listeningFor:
      'Sensible proxies, small tests, explicit assumptions, and a plan to check the decision once real data arrived.',
  },
  {
    id: 'mistake-that-cost-something',
    text: 'Tell me about a professional mistake that had real consequences. What did it teach you?',
    competencies: ['learning-from-failure', 'self-awareness', 'ethics-integrity'],
    audiences: ['hiring_manager', 'executive', 'recruiter'],
    listeningFor:
      'A genuine mistake (not a disguised strength), clear personal ownership, what you did to limit the damage, and a lasting change in how you work.',
    followUps: ['Who did you tell first?', 'How do you guard against it now?'],
  },
  {
    id: 'initiative-that-failed',
    text: 'Describe an initiative of yours that did not work. Knowing what you know now, what would you do differently from the beginning?',
    competencies: ['learning-from-failure', 'planning', 'decision-making'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Candour about your own part, analysis of the cause rather than bad luck, and a specific lesson you have since applied.',
  },
  {
    id: 'kept-several-projects-on-track',
    text: 'Describe a period when you were running several projects with overlapping deadlines. What system kept you on track?',
    competencies: ['time-management', 'planning', 'attention-to-detail'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A real, repeatable way of organising time and commitments, and evidence that it worked under load.',
  },
  {
    id: 'deadline-you-missed',
    text: 'Tell me about a deadline you missed. When did you realise it would slip, and what did you do then?',
    competencies: ['time-management', 'ownership', 'learning-from-failure'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Early warning to the people affected, a revised plan, and honesty about what you underestimated.',
  },
  {
    id: 'caught-error-before-it-escaped',
    text: 'Give me an example of an error you caught before it reached a customer or a decision-maker. How did you spot it?',
    competencies: ['attention-to-detail', 'customer-focus', 'ownership'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'A habit of checking rather than a lucky catch, and what you did to stop the same kind of error recurring.',
  },
  {
    id: 'introduced-quality-check',
    text: 'Describe a check or routine you introduced to stop mistakes slipping through.',
    competencies: ['attention-to-detail', 'process-improvement'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'A proportionate control that people actually used, with evidence that errors fell afterwards.',
  },
  {
    id: 'chose-long-term-over-quick-win',
    text: 'Tell me about a time you argued for a longer-term investment over a quick win. How did it turn out?',
    competencies: ['strategic-thinking', 'influence-without-authority', 'commercial-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Seeing beyond the current quarter, making the future payoff concrete for others, and an honest account of the result.',
  },
  {
    id: 'spotted-trend-early',
    text: 'Describe a shift in your field that you saw coming before most people, and what you did about it.',
    competencies: ['strategic-thinking', 'innovation', 'learning-agility'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Curiosity about the wider market, turning an observation into action, and some evidence you were right.',
  },
  {
    id: 'recovered-from-setback',
    text: 'Tell me about a serious setback in your working life and how you recovered from it.',
    competencies: ['resilience', 'learning-from-failure', 'self-awareness'],
    audiences: ['hiring_manager', 'recruiter', 'executive'],
    listeningFor:
      'Realistic emotion without drama, practical steps to get back on track, and what you took from it.',
  },
  {
    id: 'sustained-pressure-stretch',
    text: 'Describe a long stretch of sustained pressure at work. How did you keep up both your standards and your energy?',
    competencies: ['resilience', 'delivery-under-pressure', 'self-awareness'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Sustainable habits, knowing your limits, asking for help in time, and quality that did not collapse.',
  },
  {
    id: 'proposal-rejected-publicly',
    text: 'Tell me about a time your work was criticised in front of others or your proposal was turned down. What did you do next?',
    competencies: ['resilience', 'self-awareness', 'communication'],
    audiences: ['hiring_manager', 'executive', 'peer'],
    listeningFor:
      'Composure in the moment, separating the useful criticism from the noise, and a constructive next step rather than sulking.',
  },
  {
    id: 'new-approach-others-adopted',
    text: 'Give me an example of a new way of working you introduced that others went on to adopt.',
    competencies: ['innovation', 'change-management', 'influence-without-authority'],
    audiences: ['hiring_manager', 'executive', 'peer'],
    listeningFor:
      'An idea grounded in a real problem, proof that it worked, and how it spread beyond you.',
  },
  {
    id: 'tested-idea-small-first',
    text: 'Tell me about an idea you tried out on a small scale before asking for a bigger commitment.',
    competencies: ['innovation', 'data-driven-decisions', 'planning'],
    audiences: ['hiring_manager', 'executive', 'technical'],
    listeningFor:
      'A cheap, quick experiment with a clear success measure, and an honest reading of the result before scaling up.',
  },
  {
    id: 'asked-to-cut-corner',
    text: 'Describe a time you were asked to cut a corner or do something you believed was wrong. What did you do?',
    competencies: ['ethics-integrity', 'decision-making', 'resilience'],
    audiences: ['hiring_manager', 'executive', 'recruiter'],
    listeningFor:
      'A firm line held respectfully, an alternative that met the legitimate goal, and escalation through proper channels when needed.',
  },
  {
    id: 'honesty-cost-you-short-term',
    text: 'Tell me about a time being honest about a problem made things harder for you in the short term.',
    competencies: ['ethics-integrity', 'ownership', 'communication'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Candour when it was uncomfortable, and an understanding of why it paid off in trust later.',
  },
  {
    id: 'protected-confidential-information',
    text: 'Give me an example of how you handled sensitive or confidential information that other people wanted you to share.',
    competencies: ['ethics-integrity', 'stakeholder-management', 'communication'],
    audiences: ['hiring_manager', 'recruiter', 'executive'],
    listeningFor:
      'Discretion that did not come across as secretive, and tact in saying no while keeping the relationship.',
  },
  {
    id: 'saved-money-or-earned-revenue',
    text: 'Tell me about something you did that measurably saved money or brought in revenue. How do you know it was your work that made the difference?',
    competencies: ['commercial-awareness', 'data-driven-decisions', 'ownership'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'A real figure, an understanding of how the organisation makes or loses money, and care in separating your contribution from other causes.',
  },
  {
    id: 'delivered-with-smaller-budget',
    text: 'Describe a time you had to deliver with less budget than you asked for. What did you cut, and why?',
    competencies: ['commercial-awareness', 'prioritisation', 'decision-making'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Cuts chosen by value rather than spread evenly, protecting what mattered most, and clear communication about the trade-offs.',
  },
  {
    id: 'planned-large-piece-of-work',
    text: 'Take me through how you planned a large piece of work: the milestones, the risks you saw coming, and the one you missed.',
    competencies: ['planning', 'stakeholder-management', 'self-awareness'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'A realistic plan with dependencies and buffers, risks named early, and what you learned from the risk you did not foresee.',
  },
  {
    id: 'planned-for-risk-that-happened',
    text: 'Tell me about a risk you had planned for that actually happened. How did your preparation help?',
    competencies: ['planning', 'resilience', 'problem-solving'],
    audiences: ['hiring_manager', 'executive', 'technical'],
    listeningFor:
      'Forethought that paid off, a calm switch to the contingency, and an adjusted plan afterwards.',
  },
  {
    id: 'work-showing-deepest-expertise',
    text: 'Tell me about the piece of work that best shows the depth of your expertise. What did you know that others on it did not?',
    competencies: ['technical-depth', 'problem-solving'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Specific, accurate detail that only someone who did the work would know, explained clearly without hiding behind jargon.',
    followUps: ['What would a beginner have got wrong there?'],
  },
  {
    id: 'became-competent-fast',
    text: 'Describe a time you had to become competent in an unfamiliar tool, method or subject against a deadline.',
    competencies: ['learning-agility', 'technical-depth', 'delivery-under-pressure'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'A deliberate way of learning (sources, practice, experts), and the point at which you were trusted to deliver with it.',
  },
  {
    id: 'defended-trade-off',
    text: 'Tell me about a trade-off you made in your area of expertise and how you would defend it today.',
    competencies: ['technical-depth', 'decision-making', 'communication'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Awareness of the options you rejected, the reasons tied to the situation at the time, and willingness to say what you would now do differently.',
  },
  {
    id: 'first-hour-of-crisis',
    text: 'Tell me about an emergency or crisis at work where you had to act fast. What did you do in the first hour?',
    competencies: ['delivery-under-pressure', 'decision-making', 'resilience'],
    audiences: ['hiring_manager', 'executive', 'peer'],
    listeningFor:
      'Calm triage: stopping the damage, getting the right people involved, keeping others informed, then fixing causes once things were stable.',
  },
  {
    id: 'cut-scope-to-hit-fixed-date',
    text: 'Describe a time a deadline could not move and you had to decide what to drop to meet it.',
    competencies: ['delivery-under-pressure', 'prioritisation', 'stakeholder-management'],
    audiences: ['hiring_manager', 'peer', 'technical', 'cross_functional'],
    listeningFor:
      'Scope cut by value with the stakeholders’ agreement, quality kept where it counted, and the dropped items tracked for later.',
  },
  {
    id: 'led-change-with-reluctant-people',
    text: 'Tell me about a change in tools, process or structure that you led. How did you bring reluctant people along?',
    competencies: ['change-management', 'leadership', 'influence-without-authority'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Explaining the why, involving people early, training and support, and checking months later that the change had stuck.',
  },
  {
    id: 'learned-from-resistance-to-change',
    text: 'Describe a time people pushed back hard on a change you were responsible for. What did their objections teach you?',
    competencies: ['change-management', 'conflict-resolution', 'self-awareness'],
    audiences: ['hiring_manager', 'executive', 'peer'],
    listeningFor:
      'Treating resistance as information, adjusting the plan where the objections were right, and holding firm where they were not.',
  },
  {
    id: 'unpopular-decision-explained',
    text: 'Tell me about a decision you made that was unpopular with your team. How did you explain it?',
    competencies: ['decision-making', 'leadership', 'communication'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Willingness to make the hard call, transparency about the reasoning, and respect for the people who disagreed.',
  },
  {
    id: 'reversed-own-decision',
    text: 'Describe a decision you later reversed. What made you change course, and how did you tell people?',
    competencies: ['decision-making', 'self-awareness', 'learning-from-failure'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Confidence to admit the first call was wrong, speed in changing it, and clear communication without defensiveness.',
  },
  {
    id: 'most-useful-critical-feedback',
    text: 'What is the most useful piece of critical feedback you have had, and what did you change because of it?',
    competencies: ['self-awareness', 'learning-from-failure', 'learning-agility'],
    audiences: ['recruiter', 'hiring_manager', 'peer'],
    listeningFor:
      'Real feedback that stung a little, no defensiveness in the retelling, and a visible change in behaviour since.',
  },
  {
    id: 'skill-that-does-not-come-naturally',
    text: 'Which skill have you had to work hardest at because it does not come naturally to you? Show me how you have improved.',
    competencies: ['self-awareness', 'learning-agility'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'An honest, relevant weakness, a deliberate plan to improve it, and evidence of progress rather than a strength in disguise.',
  },
  {
    id: 'completely-absorbed-in-work',
    text: 'Tell me about a time you were completely absorbed in your work. What about it drew you in?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'What genuinely energises you, and whether that kind of work is a large part of this job.',
  },
  {
    id: 'acted-on-values-when-inconvenient',
    text: 'Give me an example of acting on one of your values at work even though it was inconvenient.',
    competencies: ['motivation-fit', 'ethics-integrity'],
    audiences: ['recruiter', 'executive', 'hiring_manager'],
    listeningFor:
      'Values shown in a real choice rather than stated, and whether they sit well with how this organisation works.',
  },
  {
    id: 'most-recent-self-taught-skill',
    text: 'What is the most recent skill you taught yourself, and how did you go about it?',
    competencies: ['learning-agility', 'ownership'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Self-driven learning with a method, and something you have since put to use at work.',
  },
  {
    id: 'made-process-faster-or-safer',
    text: 'Tell me about a process you made faster, cheaper or less error-prone. What were the before and after?',
    competencies: ['process-improvement', 'data-driven-decisions', 'innovation'],
    audiences: ['hiring_manager', 'peer', 'technical'],
    listeningFor:
      'A measured baseline, a change aimed at the real bottleneck, and a measured result that lasted.',
  },
  {
    id: 'removed-manual-task',
    text: 'Describe a time you automated or removed a manual task. How did you get others to trust the new way?',
    competencies: ['process-improvement', 'change-management', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Technical competence paired with care for the people affected: testing, a fallback, and bringing them along.',
  },
  {
    id: 'most-ambitious-goal',
    text: 'Tell me about the most ambitious goal you have set yourself at work, and how close you came.',
    competencies: ['ownership', 'motivation-fit', 'resilience'],
    audiences: ['hiring_manager', 'executive', 'recruiter'],
    listeningFor:
      'Drive and ambition anchored in reality, persistence when it got hard, and honesty about where you fell short.',
  },
]);
