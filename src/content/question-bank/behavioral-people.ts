import { defineQuestions } from './entry.js';

/**
 * Behavioural questions about working with and through people: stakeholders, conflict,
 * leadership, communication, teamwork, influence, coaching, other departments, negotiation and
 * customers. They ask for a real past event; the candidate answers with a story.
 */
export const behavioralPeopleQuestions = defineQuestions('behavioral', [
  {
    id: 'stakeholders-wanted-different-things',
    text: 'Tell me about a project where two senior stakeholders wanted different things from you. How did you handle it?',
    competencies: ['stakeholder-management', 'conflict-resolution', 'influence-without-authority'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Whether you found out what each person actually needed, made the trade-off visible to both of them, and kept both relationships working after the call was made.',
    followUps: [
      'Who made the final decision, and how did the side that lost take it?',
      'What would you do earlier next time?',
    ],
  },
  {
    id: 'told-stakeholder-bad-news',
    text: 'Describe a time you had to tell someone who was counting on you that the work would be late or smaller than promised.',
    competencies: ['stakeholder-management', 'communication', 'ethics-integrity'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'How early you raised it, whether you arrived with options rather than only the problem, and how you reset expectations without losing their trust.',
    followUps: [
      'How did you decide when to tell them?',
      'What options did you put in front of them?',
    ],
  },
  {
    id: 'won-over-sceptical-stakeholder',
    text: 'Give me an example of winning over a stakeholder who was sceptical of you or of your work.',
    competencies: ['stakeholder-management', 'influence-without-authority', 'communication'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Patience and method: understanding the source of the doubt, delivering something small that proved it wrong, and not simply going over the person’s head.',
  },
  {
    id: 'disagreed-with-colleague-on-approach',
    text: 'Tell me about a real disagreement with a colleague over how the work should be done. What happened, and how do you get on with that person now?',
    competencies: ['conflict-resolution', 'teamwork', 'communication'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'That you argued about the work rather than the person, listened to the other view, and that the working relationship survived; blaming the colleague is a warning sign.',
    followUps: ['What did you concede?', 'Looking back, who was right?'],
  },
  {
    id: 'disagreed-with-manager-decision',
    text: 'Describe a time you disagreed with a decision your manager made. What did you do about it?',
    competencies: ['conflict-resolution', 'influence-without-authority', 'communication'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Whether you raised the concern privately and with evidence, then committed fully once the decision stood, rather than complying silently or undermining it.',
    followUps: ['What happened after the decision was final?'],
  },
  {
    id: 'settled-dispute-between-others',
    text: 'Tell me about a time you helped two other people or teams settle a dispute that was holding up the work.',
    competencies: ['conflict-resolution', 'leadership', 'cross-functional-collaboration'],
    audiences: ['peer', 'cross_functional'],
    listeningFor:
      'Neutrality and structure: getting each side to state their interest, finding common ground, and agreeing on a next step both would keep.',
  },
  {
    id: 'led-project-proud-of',
    text: 'Pick a project you led that you are proud of. What exactly was your part, and what did the team do without you?',
    competencies: ['leadership', 'ownership', 'teamwork'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'A clear line between your own decisions and the team’s work, credit shared without false modesty, and a result with numbers attached.',
    followUps: ['What would have gone differently without you?', 'How did you measure success?'],
  },
  {
    id: 'team-member-performance-slipped',
    text: 'Tell me about someone on your team whose performance slipped. How did you notice, and what did you do?',
    competencies: ['leadership', 'coaching-mentoring', 'conflict-resolution'],
    audiences: ['hiring_manager'],
    listeningFor:
      'Early notice, a private and specific conversation, curiosity about the cause, clear expectations with a timeline, and follow-through whichever way it went.',
    followUps: ['What was the outcome for that person?'],
  },
  {
    id: 'gave-team-direction',
    text: 'Describe a time a group you belonged to had no clear direction and you stepped in to give it one.',
    competencies: ['leadership', 'strategic-thinking', 'ownership'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Initiative without a title, how you built agreement on the goal, and whether the direction held once you had set it.',
  },
  {
    id: 'explained-complex-to-senior-audience',
    text: 'Tell me about a time you had to explain something complicated to senior people who had very little time. How did you prepare?',
    competencies: ['communication', 'stakeholder-management', 'strategic-thinking'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Leading with the conclusion, cutting detail to what the audience needed to decide, and being ready for the hard question.',
    followUps: ['What did you leave out, and why?'],
  },
  {
    id: 'message-was-misunderstood',
    text: 'Describe a time something you said or wrote was misunderstood. What went wrong, and what do you do differently now?',
    competencies: ['communication', 'self-awareness', 'learning-from-failure'],
    audiences: ['peer', 'cross_functional'],
    listeningFor:
      'Ownership of the miscommunication rather than blaming the audience, and a concrete change in habit such as checking understanding or writing things down.',
  },
  {
    id: 'writing-that-changed-minds',
    text: 'Give me an example of a document, proposal or email you wrote that changed what people did.',
    competencies: ['communication', 'influence-without-authority'],
    audiences: ['hiring_manager', 'cross_functional', 'executive'],
    listeningFor:
      'Clear written thinking: who the readers were, how you structured the argument, and the decision or action that followed.',
  },
  {
    id: 'paused-own-work-to-help-teammate',
    text: 'Tell me about a time you set your own work aside to help a teammate succeed.',
    competencies: ['teamwork', 'coaching-mentoring', 'prioritisation'],
    audiences: ['peer'],
    listeningFor:
      'Genuine generosity balanced with judgement: why helping was the right priority, and how you kept your own commitments.',
  },
  {
    id: 'joined-established-team',
    text: 'Describe how you built working relationships after joining a team where everyone already knew each other.',
    competencies: ['teamwork', 'adaptability', 'communication'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'Deliberate steps such as one-to-one conversations, learning the unwritten rules, and earning trust with early help before proposing changes.',
  },
  {
    id: 'teammate-not-doing-their-share',
    text: 'Tell me about a shared project where someone was not doing their part. How did you handle it without any authority over them?',
    competencies: ['teamwork', 'conflict-resolution', 'influence-without-authority'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'A direct but kind conversation first, curiosity about what was getting in their way, and escalation only after that, with the shared goal kept in view.',
  },
  {
    id: 'adapted-to-different-working-style',
    text: 'Tell me about a colleague or client whose way of working was very different from yours, and how you adapted to them.',
    competencies: ['adaptability', 'communication', 'teamwork'],
    audiences: ['peer', 'cross_functional'],
    listeningFor:
      'That you changed your own approach rather than expecting them to change, and that the result improved because of it.',
  },
  {
    id: 'most-difficult-customer',
    text: 'Tell me about the most difficult customer, client or patient you have dealt with. What did they need, and how did it end?',
    competencies: ['customer-focus', 'resilience', 'conflict-resolution'],
    audiences: ['hiring_manager', 'peer', 'cross_functional'],
    listeningFor:
      'Calm, respect for the person even when they were unreasonable, finding the need behind the complaint, and an outcome that protected both the customer and the organisation.',
    followUps: ['What would you do differently with that person today?'],
  },
  {
    id: 'customer-feedback-changed-work',
    text: 'Give me an example of feedback from customers or users that changed what you or your team did.',
    competencies: ['customer-focus', 'data-driven-decisions', 'innovation'],
    audiences: ['hiring_manager', 'cross_functional', 'executive'],
    listeningFor:
      'Active listening to customers, telling a loud anecdote apart from a real pattern, and a change you can point to.',
  },
  {
    id: 'argued-for-customer-internally',
    text: 'Describe a time you pushed back on your own organisation on a customer’s behalf.',
    competencies: ['customer-focus', 'influence-without-authority', 'ethics-integrity'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Conviction backed by evidence, respect for the business constraint, and a solution that worked for both sides rather than a win at any cost.',
  },
  {
    id: 'got-another-team-to-change-plans',
    text: 'Tell me about a time you needed another team to change its plans for you, and you had no authority over them.',
    competencies: ['influence-without-authority', 'cross-functional-collaboration', 'negotiation'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Understanding the other team’s goals, framing the request in their terms, offering something in return, and escalating only as a last resort.',
  },
  {
    id: 'senior-person-backed-dismissed-idea',
    text: 'Describe how you got a senior person to back an idea they had first dismissed.',
    competencies: ['influence-without-authority', 'communication', 'stakeholder-management'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Persistence without pestering: new evidence, a smaller first step, allies, and respect for why they said no the first time.',
  },
  {
    id: 'mentored-someone-who-grew',
    text: 'Tell me about someone you mentored or coached. What could they do afterwards that they could not do before?',
    competencies: ['coaching-mentoring', 'leadership', 'communication'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Success measured by the other person’s progress, a method that fitted that person, and patience when progress was slow.',
  },
  {
    id: 'gave-unwelcome-feedback',
    text: 'Describe a time you gave a colleague feedback they did not want to hear.',
    competencies: ['coaching-mentoring', 'communication', 'conflict-resolution'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Specific, timely feedback about behaviour rather than character, delivered privately, with care for how it landed and a follow-up afterwards.',
    followUps: ['How did they react, and what happened next?'],
  },
  {
    id: 'helped-new-joiner-ramp-up',
    text: 'How have you helped a new joiner get up to speed? Give me a concrete example.',
    competencies: ['coaching-mentoring', 'teamwork', 'communication'],
    audiences: ['peer'],
    listeningFor:
      'Practical generosity: pairing, written guides, introductions, and checking in, with a sense of how quickly the person became productive.',
  },
  {
    id: 'departments-pulled-different-ways',
    text: 'Give me an example of a project with people from several departments whose goals pulled in different directions. How did you keep it together?',
    competencies: ['cross-functional-collaboration', 'stakeholder-management', 'teamwork'],
    audiences: ['cross_functional', 'hiring_manager'],
    listeningFor:
      'A shared goal everyone could sign up to, clear ownership, a working rhythm across teams, and handling the friction openly.',
  },
  {
    id: 'learned-another-teams-language',
    text: 'Tell me about a time you had to learn another team’s language or constraints to get something done with them.',
    competencies: ['cross-functional-collaboration', 'learning-agility', 'communication'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Curiosity about the other discipline, respect for its constraints, and how that understanding changed the result.',
  },
  {
    id: 'negotiated-with-external-party',
    text: 'Describe a negotiation you led with a supplier, customer or partner. What did you prepare, and what did each side give up?',
    competencies: ['negotiation', 'commercial-awareness', 'stakeholder-management'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Preparation (your limits, their needs, alternatives), trading rather than conceding, and a deal the other side still respected afterwards.',
    followUps: ['What was your walk-away point?'],
  },
  {
    id: 'negotiated-for-internal-resources',
    text: 'Tell me about a time you negotiated inside your organisation for people, time or budget.',
    competencies: ['negotiation', 'influence-without-authority', 'prioritisation'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'A business case tied to outcomes the other person cared about, and a realistic fallback if the full request was refused.',
  },
  {
    id: 'worked-across-backgrounds',
    text: 'Tell me about working closely with people whose backgrounds or perspectives were very different from yours. What did you learn from it?',
    competencies: ['teamwork', 'communication', 'self-awareness'],
    audiences: ['peer', 'cross_functional', 'recruiter'],
    listeningFor:
      'Respect and curiosity, adjusting your assumptions, and an example where a different perspective made the work better.',
  },
]);
