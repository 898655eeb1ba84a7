import type { AudienceKind } from '../domain/interviewer.js';
import type { AskBankQuestion, AskTiming } from '../domain/question-bank.js';
import type { AskCategory } from '../domain/question-to-ask.js';

/**
 * Questions a candidate can ask in a second round, in our own words: deeper than a first-round
 * question, open rather than yes/no, never something the company website already answers, and
 * suited to the person asked (strategy for an executive, the day-to-day for a peer, the process
 * for a recruiter, success and priorities for the hiring manager). Pay and benefits wait for an
 * offer: those questions are marked `after_offer` and are for the negotiation.
 */
type AskEntry = Omit<AskBankQuestion, 'category' | 'when' | 'audiences'> & {
  readonly audiences: readonly AudienceKind[];
  readonly when?: AskTiming;
};

/** Stamps one category on a list of entries; `when` defaults to before an offer. */
function defineAsks(category: AskCategory, entries: readonly AskEntry[]): AskBankQuestion[] {
  return entries.map(({ when, audiences, ...entry }) => ({
    ...entry,
    category,
    audiences: [...audiences],
    when: when ?? 'before_offer',
  }));
}

const teamQuestions = defineAsks('team', [
  {
    id: 'team-current-struggle',
    text: 'What is the team wrestling with right now that this hire is meant to help with?',
    audiences: ['hiring_manager', 'peer'],
    why: 'Shows you want to be useful from the start, and tells you which of your stories to lead with.',
  },
  {
    id: 'team-settles-disagreements',
    text: 'When people on the team disagree about how to do something, how does it usually get settled?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Reveals whether debate is healthy or avoided, and who really holds sway.',
  },
  {
    id: 'team-strengths-and-gaps',
    text: 'What is this team especially good at, and where does it most need reinforcement?',
    audiences: ['hiring_manager'],
    why: 'Lets you position yourself against a real gap rather than a generic job description.',
  },
  {
    id: 'team-closest-partner-teams',
    text: 'Which other teams do you work with most closely, and how does that relationship work in practice?',
    audiences: ['cross_functional', 'peer'],
    why: 'Uncovers the working relationships the role depends on and where friction sits.',
  },
  {
    id: 'team-how-decisions-get-made',
    text: 'How are decisions made on this team, and who has the final say?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Tells you how much autonomy you would have and how to get things approved.',
  },
  {
    id: 'team-recent-joiner-settled-well',
    text: 'Think of someone who joined the team recently and settled in well. What did they do that helped?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Gives you a practical recipe for your own first months and shows you are already thinking about them.',
  },
  {
    id: 'team-weekly-rhythm',
    text: 'How does the team keep each other informed during a normal week?',
    audiences: ['peer'],
    why: 'Describes the day-to-day rhythm of meetings and updates you would live with.',
  },
  {
    id: 'team-manager-support-under-load',
    text: 'How does the manager of this team support people when the work gets hard?',
    audiences: ['peer'],
    why: 'A peer’s view of the manager is often franker than the manager’s own, and matters a great deal to your day.',
  },
  {
    id: 'team-change-next-year',
    text: 'How will the make-up of the team shift over the next year, through hiring, departures or new remits?',
    audiences: ['hiring_manager', 'executive'],
    why: 'Signals long-term interest and warns you of growth, restructuring or departures ahead.',
  },
  {
    id: 'team-closest-colleagues',
    text: 'Who would I work with most closely, and what are they like to work with?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Helps you picture the job and find names to mention in your thank-you notes.',
  },
  {
    id: 'team-when-someone-overloaded',
    text: 'What happens on the team when someone is overloaded?',
    audiences: ['peer'],
    why: 'Tests whether people help each other in practice, and how workload is really managed.',
  },
  {
    id: 'team-collaboration-habits',
    text: 'Which tools and habits make collaboration work for this team?',
    audiences: ['peer', 'technical'],
    why: 'Shows you care about how the work flows, and prepares you for the tools you would use.',
  },
  {
    id: 'team-valued-in-colleague',
    text: 'What do you value most in a colleague on this team?',
    audiences: ['peer'],
    why: 'Tells you what the team rewards and gives you a chance to show you share it.',
  },
  {
    id: 'team-how-organised',
    text: 'How is the team organised today, and how did it come to be that way?',
    audiences: ['hiring_manager'],
    why: 'The history behind the structure explains current tensions and where the role fits.',
  },
  {
    id: 'team-contact-with-leadership',
    text: 'How much contact does the team have with senior leadership, and in what settings?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Indicates visibility for your work and how strategy reaches the team.',
  },
  {
    id: 'team-hand-offs-with-your-team',
    text: 'How does work pass between your team and this one, and where does it tend to get stuck?',
    audiences: ['cross_functional'],
    why: 'Shows you think about the seams between teams, where a new hire can make the quickest difference.',
  },
  {
    id: 'team-when-department-priorities-collide',
    text: 'When your department’s priorities and this team’s collide, how does it usually get resolved?',
    audiences: ['cross_functional', 'executive'],
    why: 'Reveals how the organisation handles competing goals, which you would meet from your first week.',
  },
  {
    id: 'team-reviewing-each-others-work',
    text: 'How do people on the team review each other’s work?',
    audiences: ['technical', 'peer'],
    why: 'Tells you about quality standards and how much you would learn from colleagues.',
  },
]);

const roleQuestions = defineAsks('role', [
  {
    id: 'role-30-60-90-signals',
    text: 'What would you want to see from me at 30, 60 and 90 days to feel the hire was working?',
    audiences: ['hiring_manager'],
    why: 'Turns vague expectations into milestones you can plan for and refer back to in your 30-60-90 plan.',
  },
  {
    id: 'role-measures-at-first-review',
    text: 'Which measures will matter most when my performance is reviewed at the end of the first year?',
    audiences: ['hiring_manager'],
    why: 'Shows you are focused on results and tells you how success is actually judged.',
  },
  {
    id: 'role-why-open-now',
    text: 'What led to this position being open, and what did you learn from the last person in it?',
    audiences: ['hiring_manager', 'recruiter'],
    why: 'Reveals whether the role is new or a replacement, and what went right or wrong before.',
  },
  {
    id: 'role-planned-versus-reactive',
    text: 'What does a typical week in this role involve, and how much of it is planned rather than reactive?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Gives you an honest picture of the daily work and its interruptions.',
  },
  {
    id: 'role-hardest-part',
    text: 'Which part of this job do people find hardest?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Surfaces the real difficulty so you can speak to how you would handle it.',
  },
  {
    id: 'role-first-problem-handed-over',
    text: 'If I started on Monday, what is the first problem you would hand me?',
    audiences: ['hiring_manager'],
    why: 'Makes the role concrete and lets you sketch your approach to it on the spot.',
  },
  {
    id: 'role-evolution-two-three-years',
    text: 'How do you expect this role to change over the next two or three years?',
    audiences: ['hiring_manager', 'executive'],
    why: 'Shows long-term thinking and tells you whether the role grows with the organisation.',
  },
  {
    id: 'role-decisions-owned',
    text: 'Which decisions would I own outright, and which would need someone else’s sign-off?',
    audiences: ['hiring_manager'],
    why: 'Clarifies your real authority, which job descriptions rarely state.',
  },
  {
    id: 'role-great-versus-good',
    text: 'What separates someone who is great in this role from someone who is merely good?',
    audiences: ['hiring_manager'],
    why: 'Reveals the hidden bar, so you can show evidence that you clear it.',
  },
  {
    id: 'role-clashing-priorities',
    text: 'When priorities in this role clash, who helps decide, and how?',
    audiences: ['hiring_manager', 'peer'],
    why: 'Tells you how conflicts are resolved and who your allies would be.',
  },
  {
    id: 'role-resources-and-missing',
    text: 'What resources and support does this role have today, and what is missing?',
    audiences: ['hiring_manager'],
    why: 'Exposes gaps you would have to work around and shows a practical mind.',
  },
  {
    id: 'role-who-depends-on-it',
    text: 'Who depends most on the output of this role, and what do they need from it?',
    audiences: ['cross_functional', 'hiring_manager'],
    why: 'Identifies your internal customers, and lets a cross-functional interviewer say what they need.',
  },
  {
    id: 'role-first-weeks-structure',
    text: 'How will the first few weeks be structured for someone joining in this role?',
    audiences: ['hiring_manager', 'recruiter'],
    why: 'Shows how well prepared the team is for a new hire and what support you can expect.',
  },
  {
    id: 'role-first-year-projects',
    text: 'Which projects would I most likely work on in the first year?',
    audiences: ['hiring_manager'],
    why: 'Lets you link your past work to the actual projects ahead.',
  },
  {
    id: 'role-contact-with-end-users',
    text: 'How much direct contact with customers or end users does this role have?',
    audiences: ['hiring_manager', 'cross_functional'],
    why: 'Tells you how close the job is to the people it serves, which shapes how you would work.',
  },
  {
    id: 'role-inherited-work',
    text: 'What unfinished work or inherited problems would come with this role?',
    audiences: ['hiring_manager', 'technical', 'peer'],
    why: 'Uncovers the real starting point so there are fewer surprises in the first month.',
  },
  {
    id: 'role-choosing-tools-and-methods',
    text: 'How does the team choose its tools and methods, and how much say would I have?',
    audiences: ['technical', 'peer'],
    why: 'Reveals how technical decisions get made and whether your expertise would be used.',
  },
  {
    id: 'role-speed-versus-quality',
    text: 'How does the team balance speed with quality when deadlines are tight?',
    audiences: ['technical', 'peer'],
    why: 'Tells you about the standards you would be held to and how pressure is handled.',
  },
  {
    id: 'role-what-you-need-from-it',
    text: 'What do you most need from the person in this role that you are not getting today?',
    audiences: ['cross_functional', 'hiring_manager'],
    why: 'Lets a partner team name its unmet need, which becomes a concrete goal and a point for your thank-you note.',
  },
  {
    id: 'role-partner-in-first-six-months',
    text: 'What would make this role a great partner for your department in the first six months?',
    audiences: ['cross_functional'],
    why: 'Shows you will serve the teams around you, not only your manager, and tells you how they will judge you.',
  },
  {
    id: 'role-maintenance-versus-new-work',
    text: 'How is the team’s time split between keeping existing work running and building new things?',
    audiences: ['technical', 'peer'],
    why: 'Tells you how much of the job is upkeep, which job descriptions rarely mention.',
  },
  {
    id: 'role-systems-to-rebuild',
    text: 'Which parts of the current systems or methods would you most like to rebuild, and why?',
    audiences: ['technical'],
    why: 'Invites a frank technical conversation and shows where your skills could help first.',
  },
]);

const cultureQuestions = defineAsks('culture', [
  {
    id: 'culture-values-in-a-decision',
    text: 'Could you tell me about a recent decision where the company’s values made a real difference?',
    audiences: ['executive', 'hiring_manager'],
    why: 'Tests whether the published values shape decisions or stay on the wall.',
  },
  {
    id: 'culture-what-has-kept-you',
    text: 'What has kept you here, and what do you enjoy most about the work?',
    audiences: ['peer', 'hiring_manager', 'executive'],
    why: 'Builds rapport, and the answer tells you what the place does well.',
  },
  {
    id: 'culture-surprise-on-joining',
    text: 'What surprised you most when you joined?',
    audiences: ['peer'],
    why: 'Brings out the unwritten rules that interviews otherwise hide.',
  },
  {
    id: 'culture-when-things-go-wrong',
    text: 'How does the team react when something goes wrong?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Tells you whether mistakes lead to learning or to blame.',
  },
  {
    id: 'culture-everyday-feedback',
    text: 'How do people here give each other feedback outside formal reviews?',
    audiences: ['peer'],
    why: 'Shows how open the team is and how quickly you would learn where you stand.',
  },
  {
    id: 'culture-recognising-good-work',
    text: 'How is good work noticed and recognised here?',
    audiences: ['peer', 'hiring_manager'],
    why: 'Reveals what the organisation actually values, which is not always what it says.',
  },
  {
    id: 'culture-change-since-joining',
    text: 'How has the culture changed since you joined, and what drove the change?',
    audiences: ['peer', 'executive'],
    why: 'Tells you the direction of travel, not just today’s snapshot.',
  },
  {
    id: 'culture-sustainable-workload',
    text: 'What does a sustainable workload look like here, and how do people protect it during busy periods?',
    audiences: ['peer'],
    why: 'Asks about balance in terms of the work, which is fair to raise before an offer.',
  },
  {
    id: 'culture-different-backgrounds',
    text: 'What is the company doing so that people from different backgrounds can do their best work here?',
    audiences: ['recruiter', 'executive'],
    why: 'Shows you care about inclusion and tells you how seriously it is taken.',
  },
  {
    id: 'culture-who-thrives',
    text: 'What kind of person thrives here, and who tends to struggle?',
    audiences: ['recruiter', 'hiring_manager', 'peer'],
    why: 'A frank answer tells you quickly whether you would fit.',
  },
  {
    id: 'culture-disagreeing-with-seniors',
    text: 'How comfortable are people here disagreeing with someone more senior?',
    audiences: ['peer'],
    why: 'Reveals how hierarchical the place really is.',
  },
  {
    id: 'culture-staying-connected',
    text: 'How do people here stay connected when they are not in the same place?',
    audiences: ['peer'],
    why: 'Shows how the team works across locations and schedules, a big factor in day-to-day life.',
  },
  {
    id: 'culture-one-thing-to-change',
    text: 'If you could change one thing about how the company works, what would it be?',
    audiences: ['peer', 'executive'],
    why: 'An honest insider view of the biggest frustration, asked in a constructive way.',
  },
  {
    id: 'culture-how-leaders-share-news',
    text: 'How do senior leaders share news and decisions with the rest of the company?',
    audiences: ['peer', 'executive'],
    why: 'Indicates transparency and how connected you would feel to the bigger picture.',
  },
  {
    id: 'culture-learning-from-incidents',
    text: 'How does the team capture what it learns from incidents and mistakes?',
    audiences: ['technical', 'peer'],
    why: 'Tells you whether problems lead to lasting improvements or repeat themselves.',
  },
]);

const growthQuestions = defineAsks('growth', [
  {
    id: 'growth-where-people-moved-on',
    text: 'Where have people who started in this role gone on to, inside or outside the company?',
    audiences: ['hiring_manager', 'recruiter'],
    why: 'Real paths are better evidence of growth than any promise.',
  },
  {
    id: 'growth-building-new-skills',
    text: 'How does the company support people who want to build new skills?',
    audiences: ['recruiter', 'hiring_manager'],
    why: 'Signals long-term commitment and tells you what learning support exists.',
  },
  {
    id: 'growth-manager-develops-people',
    text: 'How do you help the people on your team grow?',
    audiences: ['hiring_manager'],
    why: 'Shows the hiring manager’s own approach to development, the biggest factor in yours.',
  },
  {
    id: 'growth-stretch-after-first-year',
    text: 'What stretch opportunities might open up for someone who does well in the first year?',
    audiences: ['hiring_manager', 'executive'],
    why: 'Shows ambition tied to performing well first, and reveals the room to grow.',
  },
  {
    id: 'growth-promotion-decisions',
    text: 'How are promotion decisions made, and who is involved?',
    audiences: ['recruiter', 'hiring_manager'],
    why: 'Explains how progress is judged so you know what to aim at.',
  },
  {
    id: 'growth-sharing-knowledge',
    text: 'How do more experienced people here share what they know with newer colleagues?',
    audiences: ['peer'],
    why: 'Tells you how mentoring happens in practice.',
  },
  {
    id: 'growth-how-you-have-grown',
    text: 'How have you grown since you joined?',
    audiences: ['peer', 'hiring_manager'],
    why: 'A personal answer is the best evidence of real development opportunities.',
  },
  {
    id: 'growth-skills-that-will-matter',
    text: 'Which skills will matter most for this team over the next few years?',
    audiences: ['hiring_manager', 'executive'],
    why: 'Shows forward thinking and tells you what to invest in.',
  },
  {
    id: 'growth-career-conversations',
    text: 'How often do you talk with the people on your team about their career goals, and what do those conversations look like?',
    audiences: ['hiring_manager'],
    why: 'Reveals whether development is a routine or an afterthought.',
  },
  {
    id: 'growth-moving-between-teams',
    text: 'How easy is it to move between teams or try a different kind of work here?',
    audiences: ['recruiter', 'peer'],
    why: 'Tells you how flexible careers are inside the company.',
  },
]);

const nextStepQuestions = defineAsks('next_steps', [
  {
    id: 'next-steps-after-today',
    text: 'What are the remaining steps after today, and roughly when do you expect to decide?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'any',
    why: 'Sets your follow-up date and shows you are organised about the process.',
  },
  {
    id: 'next-steps-what-gives-pause',
    text: 'What, if anything, gives you pause about my fit for this role?',
    audiences: ['hiring_manager', 'executive'],
    when: 'any',
    why: 'Brings concerns into the open while you are still in the room to answer them.',
  },
  {
    id: 'next-steps-who-decides',
    text: 'Who else is involved in the decision, and what matters most to each of them?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'any',
    why: 'Shows you who to win over and what they will weigh.',
  },
  {
    id: 'next-steps-what-else-to-share',
    text: 'What else could I share that would help you and the team decide?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'any',
    why: 'Offers help with the decision and often surfaces a last unanswered question.',
  },
  {
    id: 'next-steps-staying-in-touch',
    text: 'What is the best way for me to stay in touch while you decide, and whom should I contact?',
    audiences: ['recruiter'],
    when: 'any',
    why: 'Gives you a named contact and a channel for your follow-up.',
  },
  {
    id: 'next-steps-weighing-finalists',
    text: 'How will you weigh the finalists against each other at this stage?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'any',
    why: 'Reveals the criteria that decide the last round so you can address them in your thank-you note.',
  },
  {
    id: 'next-steps-references',
    text: 'At what point would you like references, and whom would you most want to hear from?',
    audiences: ['recruiter'],
    when: 'any',
    why: 'Lets you brief your referees in good time.',
  },
  {
    id: 'next-steps-ideal-start',
    text: 'When would you ideally like the new person to start?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'any',
    why: 'Helps you plan your notice and spot a timing mismatch early.',
  },
  {
    id: 'next-steps-prepare-for-assessments',
    text: 'How can I best prepare for any further assessments or conversations in the process?',
    audiences: ['recruiter'],
    when: 'any',
    why: 'Shows commitment and often earns useful hints about the format.',
  },
  {
    id: 'next-steps-think-about-before-next-talk',
    text: 'Based on our conversation today, what would you like me to think about before we next speak?',
    audiences: ['hiring_manager', 'executive'],
    when: 'any',
    why: 'Invites a specific challenge you can answer in your follow-up or next round.',
  },
]);

const strategyQuestions = defineAsks('strategy', [
  {
    id: 'strategy-priorities-coming-year',
    text: 'What are the company’s most important priorities for the coming year, and where does this team fit in them?',
    audiences: ['executive', 'hiring_manager'],
    why: 'Connects the role to the bigger picture and shows you think beyond your own job.',
  },
  {
    id: 'strategy-competitive-landscape',
    text: 'How do you see the competition changing, and how is the company responding?',
    audiences: ['executive'],
    why: 'Shows market awareness and gives you material to refer to in later conversations.',
  },
  {
    id: 'strategy-biggest-risk',
    text: 'What do you see as the biggest risk to the company’s plans over the next few years?',
    audiences: ['executive'],
    why: 'Invites a candid strategic conversation and tells you what keeps leadership awake.',
  },
  {
    id: 'strategy-recent-announcements',
    text: 'How will the recent changes you have announced shape the priorities of the team I would join?',
    audiences: ['executive', 'hiring_manager'],
    why: 'Proves you follow the company’s news and links it to your future work.',
  },
  {
    id: 'strategy-role-in-results',
    text: 'Where does the work of this role show up in the results the leadership team watches most closely?',
    audiences: ['executive'],
    why: 'Shows you want your work to matter and tells you how visible it will be.',
  },
  {
    id: 'strategy-changing-customer-needs',
    text: 'How are your customers’ needs changing, and what does that mean for the company’s direction?',
    audiences: ['executive', 'cross_functional'],
    why: 'Shows customer focus and brings out where the company is heading.',
  },
  {
    id: 'strategy-three-years-if-it-works',
    text: 'What would the company look like in three years if the current strategy works?',
    audiences: ['executive'],
    why: 'Invites the executive to share their vision, which builds rapport and shows long-term interest.',
  },
  {
    id: 'strategy-what-you-chose-not-to-do',
    text: 'What has the company decided not to do, and why?',
    audiences: ['executive'],
    why: 'Strategy is as much about what is ruled out; the answer reveals real priorities.',
  },
  {
    id: 'strategy-where-investing',
    text: 'Where is the company investing most heavily right now, and what is driving that choice?',
    audiences: ['executive'],
    why: 'Shows commercial awareness and tells you which areas are growing.',
  },
  {
    id: 'strategy-how-leadership-sees-function',
    text: 'How does leadership see this function today, and how would you like that view to change?',
    audiences: ['executive'],
    why: 'Tells you the standing of the team you would join and what would raise it.',
  },
  {
    id: 'strategy-industry-trends',
    text: 'Which trend in the industry worries you most, and which excites you?',
    audiences: ['executive', 'hiring_manager'],
    why: 'Starts a peer-level conversation about the market rather than a one-way interview.',
  },
  {
    id: 'strategy-roadmap-influence',
    text: 'How are roadmap decisions made, and how does this team influence them?',
    audiences: ['hiring_manager', 'cross_functional', 'technical'],
    why: 'Reveals how much the team shapes its own work and how planning flows.',
  },
  {
    id: 'strategy-joined-up-work',
    text: 'Where do departments here work together best, and where does joined-up work still break down?',
    audiences: ['executive', 'cross_functional'],
    why: 'Shows interest in collaboration across the organisation and exposes friction you might help fix.',
  },
  {
    id: 'strategy-one-result-next-year',
    text: 'What is the one result you most want to see from this area in the next year?',
    audiences: ['executive'],
    why: 'Focuses the executive on a single outcome you can then speak to directly.',
  },
  {
    id: 'strategy-recent-lesson',
    text: 'What is the biggest lesson the company has learned in the past couple of years?',
    audiences: ['executive'],
    why: 'Shows maturity and often reveals a pivotal moment in the company’s story.',
  },
]);

/** For the negotiation, once there is an offer: never before. */
const compensationQuestions = defineAsks('compensation', [
  {
    id: 'compensation-structure',
    text: 'How is the compensation in this offer split between base salary and variable pay?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'You need to know what is guaranteed before you can compare offers or negotiate.',
  },
  {
    id: 'compensation-salary-reviews',
    text: 'How and when are salaries reviewed, and what decides the size of an increase?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'The first-year figure matters less than how it grows; this tells you the mechanism.',
  },
  {
    id: 'compensation-bonus-criteria',
    text: 'What determines the bonus, and how much of it has actually been paid out in recent years?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'Separates a realistic bonus from a theoretical one.',
  },
  {
    id: 'compensation-room-to-adjust',
    text: 'Which parts of the compensation offer have room for adjustment?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'Finds out where negotiation is possible before you make a counter-proposal.',
  },
  {
    id: 'compensation-equity-terms',
    text: 'How does the equity grant work, including vesting and what happens if I leave?',
    audiences: ['recruiter', 'executive'],
    when: 'after_offer',
    why: 'Equity is only worth what its terms allow; know them before you value it.',
  },
  {
    id: 'compensation-benefits-strengths',
    text: 'What does the benefits package include, and which parts do employees value most?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'Lets you put a value on the whole offer, not just the salary.',
  },
  {
    id: 'compensation-pension-contribution',
    text: 'How does the pension or retirement plan work, and what does the employer contribute?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'Employer contributions can differ widely and change the real value of an offer.',
  },
  {
    id: 'compensation-time-off-in-practice',
    text: 'How much paid time off comes with the role, and how do people on the team actually use it?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'The policy and the practice can differ; both matter to your decision.',
  },
  {
    id: 'compensation-learning-stipend',
    text: 'What learning stipend comes with the role, and how do people usually spend it?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'A learning budget is a negotiable part of the package and supports your growth plan.',
  },
  {
    id: 'compensation-family-leave',
    text: 'What parental leave and family support does the company provide?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'Important for many candidates and best asked once the offer is on the table.',
  },
  {
    id: 'compensation-joining-costs',
    text: 'What help is available with joining costs, such as a signing bonus or relocation package?',
    audiences: ['recruiter'],
    when: 'after_offer',
    why: 'One-off payments are often easier for an employer to move than the base salary.',
  },
  {
    id: 'compensation-place-in-band',
    text: 'Where does this offer sit within the salary band for the role, and what moves someone up the band?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'Tells you how much headroom there is and what progress within the role is worth.',
  },
]);

const logisticsQuestions = defineAsks('logistics', [
  {
    id: 'logistics-office-and-home-split',
    text: 'How does the team split its working week between the office and home?',
    audiences: ['recruiter', 'peer'],
    when: 'any',
    why: 'Affects daily life and commuting, and a peer will tell you how it works in practice.',
  },
  {
    id: 'logistics-travel-planning',
    text: 'How much travel does the role involve, and how far in advance is it usually planned?',
    audiences: ['hiring_manager', 'recruiter'],
    when: 'any',
    why: 'Travel can make or break the role for you; better to know early.',
  },
  {
    id: 'logistics-core-hours',
    text: 'What are the core hours when the team expects everyone to be reachable?',
    audiences: ['peer'],
    when: 'any',
    why: 'Clarifies the working pattern without sounding as if you want to do less.',
  },
  {
    id: 'logistics-first-day-practicalities',
    text: 'What should I expect on my first day, practically speaking?',
    audiences: ['recruiter', 'hiring_manager'],
    when: 'after_offer',
    why: 'Helps you arrive prepared once you have accepted.',
  },
  {
    id: 'logistics-time-zones',
    text: 'Which time zones does the team span, and how do you handle meetings across them?',
    audiences: ['peer', 'technical'],
    when: 'any',
    why: 'Tells you about early or late meetings before they surprise you.',
  },
  {
    id: 'logistics-out-of-hours-cover',
    text: 'How do evening or weekend cover and on-call duties work on this team?',
    audiences: ['peer', 'technical'],
    when: 'any',
    why: 'Out-of-hours duties change the real size of a job; a peer will answer candidly.',
  },
]);

/** Every question in the bank, by category. */
export const questionsToAskBank: readonly AskBankQuestion[] = [
  ...teamQuestions,
  ...roleQuestions,
  ...cultureQuestions,
  ...growthQuestions,
  ...nextStepQuestions,
  ...strategyQuestions,
  ...compensationQuestions,
  ...logisticsQuestions,
];
