import { defineQuestions } from './entry.js';

/** How the candidate likes to work and whether that suits this team and organisation. */
export const cultureFitQuestions = defineQuestions('culture_fit', [
  {
    id: 'conditions-for-best-work',
    text: 'Describe the conditions in which you do your best work, and the ones that wear you down.',
    competencies: ['self-awareness', 'motivation-fit'],
    audiences: ['recruiter', 'hiring_manager', 'peer'],
    listeningFor:
      'Honest self-knowledge, and whether your best conditions resemble how this team actually works.',
  },
  {
    id: 'how-you-take-feedback',
    text: 'How do you like to receive feedback, and how do you react when it stings?',
    competencies: ['self-awareness', 'resilience'],
    audiences: ['recruiter', 'hiring_manager', 'peer'],
    listeningFor:
      'Openness rather than defensiveness, a preference you can name, and an example of turning hard feedback into a change.',
  },
  {
    id: 'best-manager-you-had',
    text: 'What does a good manager do for you? Tell me about the best one you have had.',
    competencies: ['self-awareness', 'motivation-fit'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'What support you need to thrive, and whether the hiring manager can realistically give it.',
  },
  {
    id: 'colleagues-describe-you',
    text: 'How would your current colleagues describe you when you are not in the room?',
    competencies: ['self-awareness', 'teamwork'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'A believable, balanced picture that includes something less flattering, and that matches what references would say.',
  },
  {
    id: 'structure-versus-freedom',
    text: 'How much structure do you want from a manager, and how much freedom?',
    competencies: ['self-awareness', 'ownership', 'motivation-fit'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'A clear, honest preference, and flexibility to work with the amount of direction this role comes with.',
  },
  {
    id: 'value-that-matters-most',
    text: 'Which of our values matters most to you, and where has it shown up in your own work?',
    competencies: ['motivation-fit', 'ethics-integrity'],
    audiences: ['recruiter', 'executive', 'hiring_manager'],
    listeningFor:
      'That you have read the values, picked one for a real reason, and can back it with an example rather than flattery.',
  },
  {
    id: 'how-last-team-disagreed',
    text: 'In your last team, how were disagreements handled, and what part did you play in them?',
    competencies: ['conflict-resolution', 'teamwork', 'communication'],
    audiences: ['peer'],
    listeningFor:
      'Comfort with healthy debate, respect for colleagues, and a constructive role rather than avoidance or combat.',
  },
  {
    id: 'working-with-people-you-rarely-see',
    text: 'How do you stay connected and work well with colleagues you rarely see in person?',
    competencies: ['communication', 'teamwork', 'adaptability'],
    audiences: ['peer', 'recruiter'],
    listeningFor:
      'Deliberate habits for written updates, regular contact and building trust at a distance.',
  },
  {
    id: 'role-you-take-in-teams',
    text: 'What part do you usually play in a team: the organiser, the challenger, the finisher, or something else?',
    competencies: ['teamwork', 'self-awareness'],
    audiences: ['peer'],
    listeningFor:
      'Self-knowledge, and whether that part complements the people already on the team.',
  },
  {
    id: 'sharing-credit-for-success',
    text: 'When your team pulls off something good, how do you like to mark it, and how do you share the credit?',
    competencies: ['teamwork', 'leadership'],
    audiences: ['peer'],
    listeningFor:
      'Generosity with credit and an instinct to recognise others, without false modesty about your own part.',
  },
  {
    id: 'behaviour-that-frustrates-you',
    text: 'What behaviour from colleagues frustrates you, and how do you deal with it?',
    competencies: ['self-awareness', 'conflict-resolution'],
    audiences: ['peer', 'recruiter'],
    listeningFor:
      'Reasonable standards, a mature way of raising issues, and no sign that ordinary differences would become friction.',
  },
  {
    id: 'energy-across-busy-and-quiet',
    text: 'Some weeks here are hectic and others quiet. How do you manage your energy across both?',
    competencies: ['resilience', 'time-management', 'adaptability'],
    audiences: ['peer', 'recruiter'],
    listeningFor:
      'Ability to step up when needed and to use quieter periods well, without burning out.',
  },
  {
    id: 'keeping-work-sustainable',
    text: 'How do you keep your work sustainable over the long run?',
    competencies: ['resilience', 'self-awareness', 'time-management'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'Healthy boundaries and routines that allow consistent performance, not heroics followed by exhaustion.',
  },
  {
    id: 'saying-i-dont-know',
    text: 'How comfortable are you saying “I don’t know” in front of colleagues? When did you last do it?',
    competencies: ['self-awareness', 'ethics-integrity'],
    audiences: ['peer', 'executive', 'technical'],
    listeningFor:
      'Security and honesty: admitting gaps readily and then closing them, rather than bluffing.',
  },
  {
    id: 'culture-to-bring-and-leave',
    text: 'What from the culture where you work now would you want to bring here, and what would you leave behind?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor: 'Thoughtful, balanced reflection without running down your current employer.',
  },
  {
    id: 'outside-work-over-lunch',
    text: 'Over lunch with the team: what do you enjoy doing when you are not working?',
    competencies: ['motivation-fit', 'communication'],
    audiences: ['peer'],
    listeningFor:
      'Ease and warmth in an informal setting, genuine interest in the others at the table, and judgement about what to share.',
  },
  {
    id: 'team-you-look-forward-to',
    text: 'What makes a team one you look forward to joining on a Monday morning?',
    competencies: ['teamwork', 'motivation-fit'],
    audiences: ['peer'],
    listeningFor:
      'Concrete things you value in colleagues, and what you would contribute to that atmosphere yourself.',
  },
  {
    id: 'response-to-teammates-mistake',
    text: 'When someone on your team makes a mistake, how do you want the team to respond?',
    competencies: ['learning-from-failure', 'teamwork', 'leadership'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor: 'A preference for learning over blame, paired with accountability.',
  },
  {
    id: 'when-you-ask-for-help',
    text: 'When you are stuck, how long do you wait before asking for help, and whom do you ask?',
    competencies: ['self-awareness', 'teamwork', 'time-management'],
    audiences: ['peer', 'technical'],
    listeningFor:
      'A sensible balance between trying on your own and not wasting days, and knowing whom to ask.',
  },
  {
    id: 'healthy-team-culture-you-built',
    text: 'What does a healthy team culture look like to you, and what have you personally done to build one?',
    competencies: ['teamwork', 'leadership'],
    audiences: ['peer', 'hiring_manager', 'executive'],
    listeningFor:
      'A clear picture of good team behaviour and specific things you did to create it, not only what others provided.',
  },
  {
    id: 'process-or-judgement',
    text: 'Where do you stand between following a process to the letter and using your own judgement when the process does not fit?',
    competencies: ['decision-making', 'ethics-integrity', 'adaptability'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Respect for why processes exist, judgement about real exceptions, and transparency when you depart from one.',
  },
  {
    id: 'comfort-with-unsettled-organisation',
    text: 'How do you feel about working somewhere that is still figuring many things out?',
    competencies: ['adaptability', 'ownership', 'resilience'],
    audiences: ['executive', 'hiring_manager', 'recruiter'],
    listeningFor:
      'Enthusiasm or at least comfort with ambiguity, and examples of building structure where none existed.',
  },
  {
    id: 'working-with-different-generations-and-levels',
    text: 'How do you build trust with colleagues who are much more senior or much more junior than you?',
    competencies: ['communication', 'teamwork', 'stakeholder-management'],
    audiences: ['peer', 'executive', 'recruiter'],
    listeningFor:
      'Respect in both directions, confidence without deference, and approachability with people earlier in their careers.',
  },
]);
