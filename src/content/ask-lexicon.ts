import type { AskCategory } from '../domain/question-to-ask.js';

/**
 * Word lists and patterns the questions-to-ask analyser uses, in our own selection. Cue phrases
 * are written in base form (lemma) or as they are usually spelled; the analyser matches each word
 * of a cue against a word's lemma or its lower-case form, so "collaborate" also finds
 * "collaborating" and "first 90 day" finds "first 90 days". Hyphens count as spaces on both
 * sides: "day-to-day" also finds "day to day", so list such a cue once.
 */

/** A word or phrase that points to a category, and how strongly (1 weak, 3 strong, 4 decisive). */
export type CategoryCue = readonly [phrase: string, weight: number];

export const askCategoryCues: Readonly<Record<AskCategory, readonly CategoryCue[]>> = {
  team: [
    ['team', 3],
    ['teammate', 3],
    ['colleague', 3],
    ['coworker', 3],
    ['co-worker', 3],
    ['peer', 2],
    ['manager', 2],
    ['management style', 3],
    ['leadership style', 3],
    ['report to', 3],
    ['direct report', 3],
    ['work with', 1],
    ['work closely', 2],
    ['collaborate', 2],
    ['collaboration', 2],
    ['dynamic', 1],
    ['squad', 2],
    ['department', 1],
    ['member', 1],
    ['structure', 1],
    ['cross-functional', 1],
    ['who would i', 2],
  ],
  role: [
    ['role', 2],
    ['responsibility', 3],
    ['responsible', 2],
    ['duty', 3],
    ['position', 1],
    ['job', 1],
    ['day-to-day', 3],
    ['typical day', 3],
    ['typical week', 3],
    ['success', 2],
    ['successful', 2],
    ['succeed', 2],
    ['expectation', 2],
    ['expect', 1],
    ['measure', 2],
    ['metric', 2],
    ['kpi', 3],
    ['first 30 day', 3],
    ['first 60 day', 3],
    ['first 90 day', 3],
    ['first month', 2],
    ['first few month', 2],
    ['first six month', 2],
    ['first year', 2],
    ['priority', 2],
    ['challenge', 2],
    ['project', 2],
    ['deliverable', 2],
    ['performance', 2],
    ['evaluate', 2],
    ['onboarding', 2],
    ['ramp up', 2],
    ['workload', 2],
    ['task', 2],
    ['objective', 2],
    ['accomplish', 2],
    ['predecessor', 2],
    ['previous person', 2],
    ['tool', 1],
    ['technology', 1],
    ['stack', 1],
    ['evolve', 1],
  ],
  culture: [
    ['culture', 3],
    ['cultural', 3],
    ['value', 3],
    ['core value', 3],
    ['environment', 2],
    ['atmosphere', 3],
    ['work-life balance', 3],
    ['balance', 1],
    ['diversity', 3],
    ['inclusion', 3],
    ['inclusive', 3],
    ['flexibility', 1],
    ['flexible', 1],
    ['feedback', 2],
    ['communication', 1],
    ['communicate', 1],
    ['morale', 3],
    ['turnover', 3],
    ['enjoy', 2],
    ['working here', 2],
    ['work here', 2],
    ['celebrate', 2],
    ['recognition', 2],
    ['conflict', 2],
    ['disagreement', 2],
    ['ethic', 2],
    ['wellbeing', 2],
    ['well-being', 2],
    ['burnout', 2],
    ['mission', 1],
  ],
  growth: [
    ['growth', 3],
    ['grow', 3],
    ['career', 3],
    ['career path', 4],
    ['professional development', 4],
    ['development', 2],
    ['develop', 1],
    ['learn', 2],
    ['learning', 2],
    ['training', 3],
    ['train', 2],
    ['mentor', 3],
    ['mentorship', 3],
    ['mentoring', 3],
    ['coach', 2],
    ['coaching', 2],
    ['promotion', 3],
    ['promote', 3],
    ['advance', 3],
    ['advancement', 3],
    ['progression', 3],
    ['progress', 2],
    ['path', 2],
    ['ladder', 3],
    ['conference', 2],
    ['course', 2],
    ['certification', 2],
    ['skill', 1],
    ['upskill', 3],
    ['move up', 3],
  ],
  next_steps: [
    ['next step', 4],
    ['next stage', 4],
    ['timeline', 3],
    ['hear back', 4],
    ['hear from', 3],
    ['decision', 2],
    ['hiring process', 3],
    ['process', 1],
    ['follow up', 3],
    ['reference', 2],
    ['candidacy', 3],
    ['my application', 2],
    ['concern about my', 4],
    ['concern about me', 4],
    ['reservation', 3],
    ['hesitation', 3],
    ['other candidate', 2],
    ['fill the role', 2],
    ['fill the position', 2],
    ['anything else you need', 3],
  ],
  strategy: [
    ['strategy', 3],
    ['strategic', 3],
    ['competitor', 3],
    ['competition', 2],
    ['compete', 2],
    ['competitive', 2],
    ['market', 2],
    ['market share', 3],
    ['roadmap', 3],
    ['vision', 2],
    ['direction', 2],
    ['future', 2],
    ['next few year', 2],
    ['five year', 2],
    ['plan', 1],
    ['launch', 2],
    ['product line', 2],
    ['new product', 2],
    ['expansion', 3],
    ['expand', 2],
    ['acquisition', 3],
    ['merger', 3],
    ['industry', 2],
    ['trend', 2],
    ['customer', 1],
    ['client', 1],
    ['revenue', 3],
    ['impact', 1],
    ['initiative', 2],
    ['opportunity', 1],
    ['threat', 2],
    ['risk', 1],
    ['funding', 2],
    ['investment', 2],
    ['innovation', 2],
    ['goal', 1],
    ['regulation', 2],
    ['economy', 2],
    ['pivot', 2],
  ],
  // Pay and benefits are recognised by `compensationTerms` below, with their exceptions.
  compensation: [],
  logistics: [
    ['start date', 3],
    ['working hours', 3],
    ['hours', 2],
    ['schedule', 2],
    ['office', 1],
    ['commute', 3],
    ['dress code', 4],
    ['parking', 3],
    ['travel', 2],
    ['relocate', 2],
    ['relocation', 2],
    ['remote', 2],
    ['remotely', 2],
    ['hybrid', 2],
    ['work from home', 3],
    ['in the office', 2],
    ['on-site', 2],
    ['onsite', 2],
    ['equipment', 3],
    ['laptop', 3],
    ['badge', 2],
    ['shift', 2],
    ['days a week', 2],
    ['location', 2],
    ['time zone', 3],
    ['visa', 3],
    ['background check', 3],
    ['notice period', 3],
    ['paperwork', 2],
    ['overtime', 2],
  ],
  company_basics: [
    ['history', 2],
    ['founder', 3],
    ['founded', 3],
    ['headquarters', 3],
    ['headquartered', 3],
    ['head office', 3],
    ['mission statement', 3],
    ['how many employee', 3],
    ['how big', 2],
    ['ceo', 1],
  ],
};

/**
 * When scores tie, the earlier category wins: the more specific, time-bound topics first, the
 * broad `role` last (it is also the default when nothing matches).
 */
export const askCategoryPrecedence: readonly AskCategory[] = [
  'compensation',
  'next_steps',
  'company_basics',
  'logistics',
  'growth',
  'culture',
  'team',
  'strategy',
  'role',
];

/**
 * Pay and benefits words. Before an offer these are better left for the employer to raise.
 * Matched as whole words, case-insensitively.
 */
export const compensationTerms: readonly string[] = [
  'salary',
  'salaries',
  'pay',
  'pays',
  'pay range',
  'pay scale',
  'pay band',
  'pay rise',
  'pay raise',
  'pay increase',
  'salary range',
  'salary band',
  'salary increase',
  'a raise',
  'annual raise',
  'merit raise',
  'compensation',
  'remuneration',
  'wage',
  'wages',
  'total rewards',
  'bonus',
  'bonuses',
  'signing bonus',
  'commission',
  'commissions',
  'overtime pay',
  'equity',
  'stock option',
  'stock options',
  'stock grant',
  'stock grants',
  'RSU',
  'RSUs',
  'benefits',
  'benefit package',
  'benefits package',
  'health insurance',
  'medical insurance',
  'dental',
  'health plan',
  'health benefits',
  'life insurance',
  'vision insurance',
  'insurance coverage',
  'pension',
  'pensions',
  '401k',
  '401(k)',
  'retirement plan',
  'retirement match',
  'employer match',
  'vacation',
  'vacations',
  'vacation days',
  'PTO',
  'paid time off',
  'time off',
  'days off',
  'annual leave',
  'sick leave',
  'sick days',
  'parental leave',
  'maternity leave',
  'paternity leave',
  'holiday',
  'holidays',
  'holiday allowance',
  'perk',
  'perks',
  'stipend',
  'relocation package',
];

/**
 * Phrases in which a pay word means something else ("pay attention", "the benefits of pairing",
 * "diversity, equity and inclusion"). A pay word inside one of these is not counted.
 */
export const notCompensationPhrases: readonly string[] = [
  'pay attention',
  'pays attention',
  'paying attention',
  'pay off',
  'pays off',
  'paid off',
  'pay back',
  'pay it forward',
  'pay tribute',
  'benefits of',
  'benefits from',
  'equity and inclusion',
  'diversity, equity',
  'diversity equity',
  'equity research',
  'private equity',
  'brand equity',
  'health equity',
  'holiday season',
  'holiday party',
  'holiday rush',
  'holiday sales',
  'holiday period',
];

/** Auxiliary verbs that, first in a question, usually make it a yes/no question. */
export const yesNoAuxiliaries: readonly string[] = [
  'is',
  'are',
  'am',
  'was',
  'were',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
];

/** Capitalised words that are not a company's name (lower case): "Who is the CEO?" */
export const notCompanyNames: readonly string[] = [
  'i',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'hr',
  'ai',
  'pto',
  'okr',
  'okrs',
  'kpi',
  'kpis',
];

/** Question words that open a question the answer has to fill in. */
export const questionWords: readonly string[] = [
  'what',
  'how',
  'why',
  'where',
  'when',
  'which',
  'who',
  'whom',
  'whose',
];

/** Words that may open a question without changing its shape ("So, is there…"). */
export const discourseOpeners: readonly string[] = [
  'so',
  'and',
  'also',
  'well',
  'ok',
  'okay',
  'now',
  'just',
  'finally',
  'lastly',
  'then',
  'but',
  'oh',
];

/**
 * Polite requests that start like a yes/no question but ask for an account: "Could you walk me
 * through…", "Would you mind describing…". Matched on the lower-case clause that starts at the
 * auxiliary, with curly apostrophes straightened.
 */
export const openRequestPatterns: readonly RegExp[] = [
  /^(?:can|could|would|will|may|might) you (?:please |possibly |perhaps |maybe |kindly |briefly |quickly |also |just )*(?:tell|describe|walk|explain|share|talk|give|elaborate|outline|expand|help|say|paint|detail|discuss|clarify|provide|show|introduce|summari[sz]e|go|speak|comment|run|take|break|sketch|characteri[sz]e|list|offer|point)\b/,
  /^(?:would|do|will) you mind\b/,
  /^(?:can|could|may|might) i (?:please |also |just )*(?:ask|hear|learn|get a sense|get an idea|get a picture)\b/,
  /^(?:would|will|could) you be (?:able|willing|happy) to (?:tell|describe|walk|explain|share|talk|give|elaborate|outline|expand|say|paint|detail|discuss|clarify|provide|show|go|speak)\b/,
  /^(?:can|could|shall) we (?:talk|discuss|go over|go through|walk through|spend)\b/,
  /^(?:do|would) you (?:have|know of) (?:an|any|some) examples?\b/,
];

/** The kind of thing the employer is called in a question: "the company", "your organisation". */
const company =
  "(?:(?:the|your|this|our) (?:company|organi[sz]ation|firm|business|employer|corporation|start-?up|agency)|the company's parent)";
const companyOrYou = `(?:${company}|you(?: guys| all)?)`;
const owner = `(?:${company}'s|your|its|the)`;

/** A basic fact about the company that its own website states, and how to say which. */
export interface WebsiteFact {
  /** Matched against the question sentence: lower case, straight apostrophes, no end mark. */
  readonly pattern: RegExp;
  /** Completes "It asks …": "what the company does". */
  readonly fact: string;
}

const polite =
  "(?:(?:can|could|would) you (?:please )?(?:tell me|explain|share|describe|remind me)(?: a (?:bit|little))?(?: more)?(?: about)? |i(?:'d| would) (?:like|love) to (?:know|hear)(?: a (?:bit|little))?(?: more)?(?: about)? |i was wondering |tell me(?: a (?:bit|little))?(?: more)? about )?";

const fact = (body: string, what: string): WebsiteFact => ({
  pattern: new RegExp(`^${polite}${body}$`),
  fact: what,
});

/**
 * Questions that any visitor of the company's website can answer. Each pattern must cover the
 * whole question sentence, so "What are your values?" matches but "How do your values show up
 * in day-to-day work?" does not. Runs of capitalised words (a company name) are read as
 * "the company" before matching.
 */
export const websiteFacts: readonly WebsiteFact[] = [
  fact(
    `what (?:exactly |actually )?does ${company} (?:actually |exactly |really )?do`,
    'what the company does',
  ),
  fact(`what ${company} (?:actually |exactly |really )?does`, 'what the company does'),
  fact(`what (?:is|was) ${owner} (?:main |core )?business`, 'what the company does'),
  fact(`what (?:business|industry|sector|market) is ${company} in`, 'what the company does'),
  fact(
    `(?:what|which) (?:kinds? of |types? of |sorts? of )?(?:products?|services?|products and services|brands?) (?:does|do) ${companyOrYou} (?:sell|make|offer|produce|provide|have|build|manufacture|carry)`,
    'what the company sells',
  ),
  fact(
    `what does ${company} (?:sell|make|produce|manufacture|offer|provide|build)`,
    'what the company sells',
  ),
  fact(
    `(?:what|which) (?:are|is) ${owner} (?:main |core |key |flagship )?(?:products?|services?|products and services|brands?|product line|product range)`,
    'what the company sells',
  ),
  fact(
    `where (?:is|are) ${owner} (?:headquarters|head office|hq|main office|head-quarters)(?: located| based)?`,
    'where the company is headquartered',
  ),
  fact(
    `where (?:is|are) ${companyOrYou} (?:headquartered|based|located|head-quartered)`,
    'where the company is headquartered',
  ),
  fact(
    `how many (?:employees|staff|people|workers) (?:does ${company} have|do you have|work (?:at|for|in) ${company}|are (?:there )?(?:at|in) ${company}|does ${company} employ|do you employ)`,
    'how big the company is',
  ),
  fact(
    `how many (?:offices|locations|sites|branches|stores|shops|countries|markets|factories|plants)(?: (?:does|do) ${companyOrYou} (?:have|operate(?: in)?|run|work in|sell in)| (?:is|are) ${companyOrYou} in)?`,
    'how many offices the company has',
  ),
  fact(`how (?:big|large) is ${company}`, 'how big the company is'),
  fact(`what is the size of ${company}`, 'how big the company is'),
  fact(
    `(?:who|when) (?:founded|started|created|established) ${company}`,
    'who founded the company',
  ),
  fact(`who (?:is|are|was|were) ${owner} (?:co-?)?founders?`, 'who founded the company'),
  fact(
    `when (?:was|were) ${companyOrYou} (?:founded|started|established|created|set up|launched)`,
    'when the company was founded',
  ),
  fact(
    `(?:what year|how long ago) was ${company} (?:founded|started|established|created|set up)`,
    'when the company was founded',
  ),
  fact(
    `when did ${company} (?:start|begin|launch|open|get started)`,
    'when the company was founded',
  ),
  fact(`how old is ${company}`, 'when the company was founded'),
  fact(
    `how long has ${company} been (?:around|in business|operating|going|trading|in operation)`,
    'when the company was founded',
  ),
  fact(
    `(?:what|which) (?:is|are) ${owner} (?:core |company |corporate |official |stated )?(?:mission|mission statement|values|core values|vision|vision statement|purpose|slogan|motto|tagline)`,
    'its published mission or values',
  ),
  fact(
    `${owner} (?:core |company )?(?:mission|mission statement|values|core values|vision|vision statement|purpose)`,
    'its published mission or values',
  ),
  fact(
    `(?:(?:what is )?(?:the )?history of ${company}|(?:what is )?${company}'s history|${company})`,
    'the company’s history',
  ),
  fact(
    `who (?:is|was) (?:${company}'s|your|the) (?:ceo|chief executive|chief executive officer|president|chair|chairman|chairwoman|founder)`,
    'who runs the company',
  ),
  fact(
    `(?:is|are) ${companyOrYou} (?:public|publicly traded|publicly listed|listed|private|privately held|privately owned)`,
    'whether the company is listed',
  ),
];

/**
 * Closed questions with a well-known open counterpart. Tried in order on the clause that starts
 * at the auxiliary (lower case, straight apostrophes, no end mark); the first match wins. An
 * `open` function receives the match of the same pattern on the clause as written, so names keep
 * their capitals.
 */
export interface OpenRephrasingRule {
  readonly pattern: RegExp;
  readonly open: string | ((match: RegExpMatchArray) => string);
}

const growthWords =
  '(?:grow|growth|advance|advancement|progress|progression|promotion|promoted|move up|moving up|develop|development|career)';
/** Growth said of a person: "Do people get promoted?", "Will I be able to grow?" */
const personalGrowthWords =
  '(?:grow|advance|progress|promoted|promotion|move up|moving up|career progression|career path)';

export const openRephrasingRules: readonly OpenRephrasingRule[] = [
  {
    pattern: new RegExp(
      `^(?:is|are) there (?:any |much |a lot of |some |real |good |plenty of )?(?:room|opportunit(?:y|ies)|scope|chances?|potential|possibilit(?:y|ies)|(?:a |any )?(?:clear )?(?:career )?(?:paths?|pathways?|avenues?|routes?)|prospects?|space) (?:for|to) (?:my |personal |professional |career |further )?${growthWords}\\b`,
    ),
    open: 'How do people in this role usually grow here?',
  },
  {
    pattern: new RegExp(
      `^(?:is|are) there (?:any |many |much |clear )?(?:growth|career|advancement|promotion|development|progression) (?:opportunit(?:y|ies)|paths?|pathways?|prospects?|tracks?)\\b`,
    ),
    open: 'How do people in this role usually grow here?',
  },
  {
    pattern: new RegExp(
      `^(?:do|does|did|will|would|can|could|has|have|is|are)\\b.*\\b(?:anyone|people|employees|someone|staff|others|i|me|they)\\b.*\\b${personalGrowthWords}\\b`,
    ),
    open: 'How do people in this role usually grow here?',
  },
  {
    pattern:
      /^do you (?:like|enjoy|love) (?:working here|it here|your (?:job|role|work)|the work|working (?:at|for) (?:the company|here))$/,
    open: 'What do you enjoy most about working here?',
  },
  {
    pattern: /^do you (?:like|enjoy|love) (working (?:at|for|with|on) .+)$/i,
    open: (match) => `What do you enjoy most about ${match[1] ?? 'working here'}?`,
  },
  {
    pattern:
      /^are you happy (?:working )?(?:here|at|in|with) ?(?:the company|your job|your role)?$/,
    open: 'What do you enjoy most about working here?',
  },
  {
    pattern:
      /^(?:do|would) you have (?:any )?(?:concerns|reservations|hesitations?|doubts|worries)\b.*\b(?:me|my|i)\b/,
    open: 'What concerns, if any, do you have about my fit for this role?',
  },
  {
    pattern:
      /^(?:is|are) there (?:anything|something) (?:about (?:me|my \w+)|in my (?:background|experience|application|cv|resume|résumé)) that\b/,
    open: 'What concerns, if any, do you have about my fit for this role?',
  },
  {
    pattern:
      /^(?:do you think|would you say|am i|would i|will i|do i|is my (?:background|experience|profile))\b.*\b(?:fit|match|right person|right candidate|good candidate|strong candidate|qualified)\b/,
    open: 'How well does my background match what you need, and where do you see gaps?',
  },
  {
    pattern:
      /^is there anything (else |more )?(?:that )?(i|you|we)(?:'d| (should|would|could|can|need to|ought to|might)) (.+)$/i,
    open: (match) => {
      const subject = match[2]?.toLowerCase() === 'i' ? 'I' : (match[2] ?? 'I');
      return `What ${match[1] ?? ''}${match[3] ?? 'would'} ${subject} ${match[4] ?? 'know'}?`;
    },
  },
  {
    pattern: /^is there anything (?:else|more)\b/,
    open: 'What else would be helpful for you to know about me?',
  },
  {
    pattern: /\b(?:hear back|hear from you|next steps?|timeline|decision|follow up)\b/,
    open: 'What are the next steps, and when might I hear back?',
  },
  {
    pattern: /\b(?:another|next|final|further|second|third|more) (?:rounds?|interviews?|stages?)\b/,
    open: 'What do the remaining steps in the process look like?',
  },
  {
    pattern: /\btravel(?:ling|ing)?\b/,
    open: 'How much travel does the role involve?',
  },
  {
    pattern: /\b(?:remote(?:ly)?|work(?:ing)? from home|hybrid|wfh|in the office|on-?site)\b/,
    open: 'How does the team split its time between the office and remote work?',
  },
  {
    pattern:
      /^(?:do|does|will|would) (?:you|the company|the team|they|the organi[sz]ation) (?:offer|provide|have|support|fund|pay for|encourage) (?:any |a |much )?(?:training|mentoring|mentorship|coaching|professional development|learning|courses|conferences|certifications?|education|study)\b/,
    open: 'How does the company support people’s learning and development?',
  },
  {
    pattern: /^(?:is|are) (?:the|your) team (?:big|large|small|new)\b/,
    open: 'How is the team structured, and how do you expect it to change?',
  },
  {
    pattern:
      /^(?:do|does|will|would|is|are)\b.*\b(?:feedback|performance reviews?|check-?ins?|one-on-ones?|1:1s?)\b/,
    open: 'How do people on the team give and receive feedback?',
  },
  {
    pattern:
      /^(?:is|are) there (?:clear |any |set |defined )?(?:goals|targets|kpis|metrics|expectations|objectives|okrs)\b/,
    open: 'How will success in this role be measured?',
  },
  {
    pattern:
      /^(?:have|has) you (?:worked|been) (?:here|at \S+|with \S+|there|in (?:this|the) (?:team|role|company))(?: (?:for )?(?:long|a long time|very long))$/,
    open: 'How long have you been here, and what has kept you?',
  },
];

/** Words that, after a `do` auxiliary, take "What … most about …" ("Do you like the culture?"). */
export const likingVerbs: readonly string[] = ['like', 'enjoy', 'love'];

/** Verbs of opinion: "Do you think the team will grow?" → "What is your view on whether…". */
export const opinionVerbs: readonly string[] = ['think', 'believe', 'reckon', 'suppose'];

/** Verbs that offer something: "Do you offer flexible hours?" → "How does the company approach…". */
export const offeringVerbs: readonly string[] = [
  'offer',
  'provide',
  'allow',
  'support',
  'encourage',
  'fund',
  'permit',
  'let',
];

/** Degree words after "is there" that ask about an amount: "Is there much overtime?" */
export const amountWords: readonly string[] = ['much', 'many', 'a lot of', 'lots of', 'plenty of'];

/**
 * Words a question can share with another without asking the same thing ("tell", "describe",
 * "think"): left out when comparing with round-1 questions.
 */
export const askIgnoredLemmas: readonly string[] = [
  'be',
  'do',
  'have',
  'get',
  'can',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'tell',
  'describe',
  'explain',
  'share',
  'walk',
  'say',
  'think',
  'know',
  'ask',
  'mean',
  'look',
  'like',
  'give',
  'see',
  'thing',
  'way',
  'kind',
  'sort',
  'type',
  'bit',
  'little',
  'lot',
  'more',
  'most',
  'much',
  'many',
  'really',
  'currently',
  'now',
  'right',
  'here',
  'there',
  'also',
  'just',
  'exactly',
  'example',
  'please',
  'mind',
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'curious',
  'wonder',
  'interested',
];

/**
 * Words that ask about the same thing, each mapped to one stand-in, so "biggest challenges
 * facing the group" and "main obstacles for the team" compare as the same topic.
 */
export const askSynonyms: Readonly<Record<string, string>> = {
  team: 'team',
  group: 'team',
  squad: 'team',
  department: 'team',
  colleague: 'team',
  teammate: 'team',
  coworker: 'team',
  peer: 'team',
  challenge: 'challenge',
  obstacle: 'challenge',
  difficulty: 'challenge',
  problem: 'challenge',
  hurdle: 'challenge',
  issue: 'challenge',
  hard: 'challenge',
  difficult: 'challenge',
  tough: 'challenge',
  big: 'main',
  main: 'main',
  major: 'main',
  key: 'main',
  top: 'main',
  great: 'main',
  primary: 'main',
  success: 'success',
  succeed: 'success',
  successful: 'success',
  measure: 'measure',
  evaluate: 'measure',
  assess: 'measure',
  judge: 'measure',
  metric: 'measure',
  kpi: 'measure',
  performance: 'measure',
  typical: 'typical',
  average: 'typical',
  normal: 'typical',
  usual: 'typical',
  ordinary: 'typical',
  culture: 'culture',
  environment: 'culture',
  atmosphere: 'culture',
  vibe: 'culture',
  company: 'company',
  organisation: 'company',
  organization: 'company',
  firm: 'company',
  business: 'company',
  employer: 'company',
  role: 'role',
  job: 'role',
  position: 'role',
  manager: 'manager',
  boss: 'manager',
  supervisor: 'manager',
  lead: 'manager',
  leader: 'manager',
  management: 'manager',
  style: 'style',
  approach: 'style',
  goal: 'goal',
  objective: 'goal',
  target: 'goal',
  aim: 'goal',
  priority: 'goal',
  plan: 'plan',
  roadmap: 'plan',
  strategy: 'plan',
  grow: 'growth',
  growth: 'growth',
  advancement: 'growth',
  advance: 'growth',
  progression: 'growth',
  progress: 'growth',
  promotion: 'growth',
  promote: 'growth',
  career: 'growth',
  development: 'growth',
  develop: 'growth',
  learn: 'learn',
  learning: 'learn',
  training: 'learn',
  train: 'learn',
  mentor: 'learn',
  mentorship: 'learn',
  mentoring: 'learn',
  enjoy: 'enjoy',
  love: 'enjoy',
  favourite: 'enjoy',
  favorite: 'enjoy',
  next: 'next',
  step: 'step',
  stage: 'step',
  process: 'step',
  timeline: 'step',
  decision: 'step',
  responsibility: 'duty',
  duty: 'duty',
  task: 'duty',
  day: 'day',
  daily: 'day',
  week: 'day',
  customer: 'customer',
  client: 'customer',
  user: 'customer',
  competitor: 'competitor',
  competition: 'competitor',
  rival: 'competitor',
  change: 'change',
  evolve: 'change',
  shift: 'change',
  future: 'future',
  upcoming: 'future',
  ahead: 'future',
  expect: 'expect',
  expectation: 'expect',
  anticipate: 'expect',
};
