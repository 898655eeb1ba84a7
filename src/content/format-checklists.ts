/**
 * What to prepare for each interview format, in Round Two's own words. Each item says what to
 * do and why it matters, so a candidate can skip what does not apply with their eyes open.
 */
import type { RoundFormat } from '../domain/round.js';

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
  readonly why: string;
}

/** The formats with a checklist: every round format but the ordinary one-on-one. */
export const checklistFormats = [
  'panel',
  'case_study',
  'skills_test',
  'informal_meal',
  'presentation',
  'team_meet',
] as const satisfies readonly RoundFormat[];
export type ChecklistFormat = (typeof checklistFormats)[number];

const item = (id: string, text: string, why: string): ChecklistItem => ({ id, text, why });

export const formatChecklists: Record<ChecklistFormat, readonly ChecklistItem[]> = {
  panel: [
    item(
      'panel-names',
      'Get the name and job of everyone on the panel, and look each one up.',
      'Each person listens for their own concerns; knowing who they are lets you answer the person, not just the question.',
    ),
    item(
      'panel-concerns',
      'Guess one worry each panellist is likely to have about you, and prepare a story that answers it.',
      'A panel decides together; the hire often hinges on winning over the most doubtful member.',
    ),
    item(
      'panel-eyes',
      'Plan to answer the person who asked, then look round at the others as you finish.',
      'Everyone on the panel should feel spoken to, not only the one who asked.',
    ),
    item(
      'panel-names-in-answers',
      'Practise using a panellist’s name and linking back to what another said.',
      'It shows you were listening to the whole room, which is part of what a panel tests.',
    ),
    item(
      'panel-stories',
      'Spread your stories so no one hears the same example twice.',
      'Panellists compare notes afterwards; a repeated story reads as a thin record.',
    ),
    item(
      'panel-questions',
      'Bring at least one question aimed at each panellist’s own area.',
      'A question that fits their job shows you thought about them, and gives each a reason to back you.',
    ),
    item(
      'panel-copies',
      'Bring enough copies of your CV for everyone, plus one spare.',
      'Someone will have missed the email; a copy to hand keeps the focus on you, not on a screen.',
    ),
  ],
  case_study: [
    item(
      'case-ask-format',
      'Ask beforehand whether the case is given in advance or on the day, how long you have, and what they want at the end.',
      'Preparing a slide deck for a whiteboard discussion, or the reverse, wastes the time you have.',
    ),
    item(
      'case-practice',
      'Work through two or three practice cases from the same industry, timing yourself.',
      'The format rewards a calm, practised structure more than brilliance under surprise.',
    ),
    item(
      'case-clarify',
      'Start by restating the problem and asking the questions you need answered.',
      'Interviewers want to see how you frame a problem; jumping to a solution skips the part they score.',
    ),
    item(
      'case-structure',
      'Say your approach out loud before you dive in: the parts you will look at and in what order.',
      'A stated structure lets them follow, and nudge you back if you drift.',
    ),
    item(
      'case-numbers',
      'Rehearse quick estimates and percentages without a calculator.',
      'Fumbling simple arithmetic under pressure costs more credibility than a rough but clear estimate.',
    ),
    item(
      'case-assumptions',
      'Name each assumption you make, and what would change if it were wrong.',
      'Real work runs on incomplete information; showing you know where your guesses are is the skill.',
    ),
    item(
      'case-recommend',
      'End with a clear recommendation, its main risk and the next step.',
      'A case without an answer leaves them unsure you can decide.',
    ),
  ],
  skills_test: [
    item(
      'test-scope',
      'Ask what the test covers, how long it lasts, which tools are allowed and how it is marked.',
      'Knowing the rules lets you practise the right thing and avoid losing marks to surprises.',
    ),
    item(
      'test-tools',
      'Practise with the same tools and setup you will use on the day.',
      'Time lost to an unfamiliar editor or spreadsheet is time not spent showing skill.',
    ),
    item(
      'test-timed-practice',
      'Do at least one full practice under the real time limit.',
      'Pacing is a skill of its own; most people run out of time, not out of knowledge.',
    ),
    item(
      'test-read-all',
      'On the day, read the whole task before starting, and plan your time per part.',
      'It stops you polishing part one while the marks sit in part three.',
    ),
    item(
      'test-think-aloud',
      'If someone watches, say what you are doing and why as you go.',
      'Your reasoning can earn credit even where the result falls short.',
    ),
    item(
      'test-check',
      'Keep a few minutes at the end to check and tidy your work.',
      'Small, visible errors weigh more than they should in a marker’s impression.',
    ),
    item(
      'test-setup',
      'For a remote test, check your connection, screen sharing and a quiet room the day before.',
      'Technical trouble eats the clock, and the clock rarely stops for you.',
    ),
  ],
  informal_meal: [
    item(
      'meal-still-interview',
      'Treat it as part of the interview, however relaxed it feels.',
      'These meetings exist to judge how you get on with people; everything you say counts.',
    ),
    item(
      'meal-order',
      'Order something simple and easy to eat, and follow the host’s lead on courses.',
      'You want to be talking, not wrestling with your food or keeping others waiting.',
    ),
    item(
      'meal-alcohol',
      'Skip alcohol, or have one drink at most if the host does.',
      'A clear head matters more than fitting in, and nobody remembers the person who declined.',
    ),
    item(
      'meal-staff',
      'Be courteous to the waiting staff.',
      'How you treat people who cannot help your career is often what the host remembers.',
    ),
    item(
      'meal-small-talk',
      'Have a few light topics ready: the area, a recent company milestone, their own path into the firm.',
      'Easy conversation is the point of the meal; silences make it feel like an exam.',
    ),
    item(
      'meal-listen',
      'Ask about their work and their team, and listen more than you speak.',
      'People warm to those who are curious about them.',
    ),
    item(
      'meal-thank',
      'Thank the host at the end, and mention the meal in your thank-you note.',
      'It closes the meeting warmly and reminds them of a good conversation.',
    ),
  ],
  presentation: [
    item(
      'pres-brief',
      'Confirm the topic, the audience, the time limit, the room or video setup and whether questions come during or after.',
      'A talk built for the wrong audience or length fails however well it is delivered.',
    ),
    item(
      'pres-one-message',
      'Write the one sentence you want them to remember, and build every section around it.',
      'Listeners keep one idea from a short talk; choose it instead of leaving it to chance.',
    ),
    item(
      'pres-time-plan',
      'Give each section planned minutes that add up to the limit, with a little spare.',
      'A time plan shows where to cut before the day, not during it.',
    ),
    item(
      'pres-rehearse',
      'Rehearse out loud, timed, at least twice, and trim whatever runs over.',
      'Talks run longer spoken than they read; only a timed run-through tells you by how much.',
    ),
    item(
      'pres-backup',
      'Bring the slides in two forms (a laptop file and a PDF on a stick or in email), and be ready to talk without them.',
      'Equipment fails often enough that a fallback is part of the job.',
    ),
    item(
      'pres-questions',
      'List the five hardest questions they could ask and prepare a short answer to each.',
      'The questions are often where the decision is made.',
    ),
    item(
      'pres-close',
      'Finish with a clear summary and an invitation to questions, on time.',
      'Ending on time, with a clear close, is itself evidence you can run a meeting.',
    ),
  ],
  team_meet: [
    item(
      'team-who',
      'Find out who you will meet and what each does.',
      'Future colleagues ask about the daily work; knowing their jobs lets you meet them there.',
    ),
    item(
      'team-curious',
      'Prepare questions about how the team works: planning, reviews, handovers, a typical week.',
      'It shows you are picturing yourself in the job, and tells you if you want it.',
    ),
    item(
      'team-peer-tone',
      'Talk as a future colleague, not as a candidate selling to a manager.',
      'Peers are judging whether they would enjoy working with you, not your pitch.',
    ),
    item(
      'team-credit',
      'When you tell a story, give credit to the people you worked with.',
      'Teams look for someone who shares success and does not take over.',
    ),
    item(
      'team-no-criticism',
      'Stay positive about past employers and teams, even when asked about problems.',
      'Complaints about former colleagues make a team wonder what you will say about them.',
    ),
    item(
      'team-notes',
      'Afterwards, write down names and one thing each person said.',
      'It makes thank-you notes specific and helps you judge the fit.',
    ),
  ],
};
