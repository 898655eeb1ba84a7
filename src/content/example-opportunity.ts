/**
 * A fictional second-interview situation, written for Round Two, that a newcomer can load into an
 * empty workspace to see the product working. Times are given relative to "now" so the example
 * always shows an interview a few days ahead.
 */
export const exampleOpportunity = {
  opportunity: {
    company: 'Larkspur Freight',
    role: 'Senior Product Manager, Shipper Platform',
    status: 'interviewing',
    location: 'Rotterdam (hybrid, 3 days on site)',
    postingUrl: 'https://careers.larkspur-freight.example/jobs/senior-pm-shipper-platform',
    postingText: [
      'Senior Product Manager, Shipper Platform',
      '',
      'Larkspur Freight helps mid-sized shippers book, track and pay for road and rail freight across Europe.',
      '',
      'What you will do',
      '- Own the roadmap of the self-service booking portal used by 4,000 shippers',
      '- Work with engineering, design and operations to ship improvements every two weeks',
      '- Turn support tickets and usage data into clear problem statements',
      '- Present progress and trade-offs to the leadership team each quarter',
      '',
      'What you bring',
      '- 5+ years of product management for B2B software',
      '- Experience with pricing or payments flows',
      '- Comfort with SQL and product analytics',
      '- Clear written communication in English; Dutch is a plus',
    ].join('\n'),
    notes: 'Referred by a former colleague who now works in their operations team.',
  },
  rounds: [
    {
      key: 'first',
      daysFromNow: -9,
      time: '10:00',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 45,
      formats: ['one_on_one'],
      videoLink: 'https://meet.larkspur-freight.example/r1-screen',
      status: 'completed',
      notes: 'Video screen with the hiring manager.',
    },
    {
      key: 'second',
      daysFromNow: 5,
      time: '13:30',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 150,
      formats: ['panel', 'presentation'],
      location: 'Larkspur Freight HQ, Wilhelminakade 300, Rotterdam',
      logistics: 'Ask for Femke at reception. Bring a laptop with HDMI; the deck is 15 minutes.',
      expectedDecisionDaysFromNow: 14,
      status: 'scheduled',
    },
  ],
  interviewers: [
    {
      key: 'hm',
      name: 'Femke de Wit',
      title: 'Director of Product',
      department: 'Product',
      audienceKind: 'hiring_manager',
      background:
        'Joined from a parcel start-up two years ago; rebuilt the product team from three to nine people.',
      priorities: ['Fewer failed bookings', 'A roadmap the sales team can sell against'],
      rapportHooks: [
        'Also cycles to work year-round',
        'Spoke at a logistics meetup about pricing experiments',
      ],
      rounds: ['first', 'second'],
    },
    {
      key: 'cto',
      name: 'Arjun Mehta',
      title: 'Chief Technology Officer',
      department: 'Engineering',
      audienceKind: 'executive',
      background: 'Leads 60 engineers; is moving the booking system off a ten-year-old monolith.',
      priorities: ['Platform migration without breaking shippers', 'Predictable delivery'],
      rapportHooks: ['Writes a monthly engineering letter on the company blog'],
      rounds: ['second'],
    },
    {
      key: 'ops',
      name: 'Sanne Bakker',
      title: 'Head of Operations',
      department: 'Operations',
      audienceKind: 'cross_functional',
      background: 'Runs the planning desk that fixes bookings by hand when the portal fails.',
      priorities: ['Less manual rework for planners', 'Earlier warning of capacity problems'],
      rapportHooks: [],
      rounds: ['second'],
    },
  ],
  debrief: [
    {
      question: 'Tell me about a product decision you made with incomplete data.',
      askedBy: 'hm',
      answerSummary:
        'Talked about the invoice-splitting launch, but ran long and never gave the outcome in numbers.',
      selfRating: 2,
      followUpNeeded: true,
    },
    {
      question: 'Why are you leaving your current role?',
      askedBy: 'hm',
      answerSummary: 'Growth: want ownership of a whole platform rather than one feature area.',
      selfRating: 4,
      followUpNeeded: false,
    },
  ],
  missedPoints: ['Did not mention the SQL dashboards I built for the support team.'],
  promises: [
    { promise: 'Send Femke the one-page summary of the invoice-splitting results.', to: 'hm' },
  ],
  feedback: [
    {
      feedback:
        'Recruiter: the team liked your customer focus and wants to see more depth on pricing.',
      tone: 'positive',
    },
  ],
  research: {
    mission: 'Make booking freight as simple as booking a train ticket.',
    values: ['Shippers first', 'Own the outcome', 'Plain talk'],
    products: ['Self-service booking portal', 'Track & trace API', 'Freight invoicing'],
    competitors: ['Regional freight forwarders', 'Digital freight marketplaces'],
    culture: 'Small product teams with an engineer, a designer and a planner from operations.',
  },
  news: [
    {
      headline: 'Larkspur Freight opens a rail corridor between Rotterdam and Milan',
      daysFromNow: -3,
      source: 'Company press release',
      talkingPoint:
        'Rail bookings will need new pricing rules; ask how the portal will present them.',
    },
  ],
  stories: [
    {
      title: 'Invoice splitting for multi-stop shipments',
      situation:
        'Shippers with multi-stop loads received one invoice and had to split costs by hand.',
      task: 'I was asked to cut the support tickets this caused without a billing-system rewrite.',
      action:
        'I interviewed twelve shippers, mapped the three most common splits, and shipped a rule-based splitter with two engineers in six weeks.',
      result:
        'Billing tickets fell by 38% in the first quarter and two large accounts renewed early.',
      reflection:
        'I would involve finance earlier; their month-end constraints changed the design late.',
      tags: ['decision making', 'customer discovery', 'payments'],
      metrics: ['38% fewer billing tickets', '6 weeks to ship'],
    },
    {
      title: 'Winning back a frustrated operations team',
      situation: 'Operations planners had stopped reporting portal bugs because nothing got fixed.',
      task: 'As the new PM I needed their trust back and a way to hear about problems early.',
      action:
        'I sat with the planning desk one morning a week and set up a shared triage board we reviewed every Friday.',
      result:
        'Bug reports from operations tripled within a month and manual rebookings dropped from 70 to 25 a week.',
      reflection: 'Being in the room mattered more than any process I introduced.',
      tags: ['stakeholder management', 'collaboration'],
      metrics: ['manual rebookings 70 → 25 a week'],
    },
  ],
  questionsToAsk: [
    {
      question: 'What would make the first six months in this role a clear success for you?',
      category: 'role',
      for: ['hm'],
    },
    {
      question:
        'How will the move off the monolith change what the booking portal can ship next year?',
      category: 'strategy',
      for: ['cto'],
    },
    {
      question: 'Which booking problems cost your planners the most time today?',
      category: 'team',
      for: ['ops'],
    },
  ],
} as const;
