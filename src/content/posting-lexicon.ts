/**
 * Cues the posting extractor reads a job posting by, in our own selection: how section headings
 * name what follows, and which words mark a sentence or list item as a must-have, a nice-to-have,
 * a duty, or something that is none of these (benefits, the company's story, equal-opportunity
 * statements, how to apply, pay). Patterns are matched case-insensitively against one heading or
 * one item; curly apostrophes are straightened first.
 */

/** What the lines under a heading are. */
export type PostingSectionKind =
  | 'requirements'
  | 'preferred'
  | 'responsibilities'
  /** Skills named one by one, or short skill phrases ("Key skills"). */
  | 'skills'
  /** The tools the team uses ("Tech stack"): skills, never requirements. */
  | 'stack'
  /** A description of the role: list items are duties, sentences are read one by one. */
  | 'role'
  /** Benefits, the company's story, equal opportunity, how to apply, pay, job facts. */
  | 'excluded';

/**
 * Heading cues in the order they are tried: the first kind with a matching pattern wins, so
 * "Preferred qualifications" is preferred before it can be requirements, and "What you'll get"
 * is a benefit before "you'll" can make it a duty.
 */
export const headingCues: readonly (readonly [PostingSectionKind, readonly RegExp[]])[] = [
  [
    'excluded',
    [
      /equal (employment )?opportunit/,
      /\beeo\b/,
      /\bdiversity\b|\binclusion\b|\baccommodations?\b/,
      /how to apply|\bapply\b|application (process|instructions)|interview process|hiring process|next steps/,
      /\bbenefits?\b|\bperks?\b|what we offer|we('ll)? offer|in it for you|what you('ll| will) get|\brewards?\b/,
      /\bcompensation\b|\bsalary\b|\bpay\b|\bcommission\b|\bwages?\b/,
      /why (join|work|you'll love)|life at\b|working (here|at|with us)/,
    ],
  ],
  [
    'preferred',
    [
      /nice[- ]to[- ]haves?|good[- ]to[- ]haves?|\bbonus\b|\bpreferred\b|\bdesir(ed|able)\b/,
      /\ba plus\b|\bpluses\b|\bideally\b|extra credit|even better|stand out|would be (great|nice)/,
    ],
  ],
  [
    'excluded',
    [
      /^about (us|the company|the organi[sz]ation|our company|the employer)\b/,
      /^(who we are|our (story|mission|company|values|culture)|company (overview|description|profile))\b/,
      /^(location|job type|employment type|contract type|department|reports? to|start date|date posted|posted|job id|req(uisition)? (id|number)|closing date)$/,
    ],
  ],
  // "Essential functions" are duties, though "Essential:" alone heads must-haves.
  ['responsibilities', [/(essential|key|primary|main|job|core) (functions|duties)/]],
  [
    'requirements',
    [
      /requirements?|qualifications?|must[- ]haves?|\bessentials?\b|\bcriteria\b|competenc/,
      /what you('ll)? (bring|need|have)|you (have|bring|should have|need)|you'll (have|bring|need)/,
      /who you are|about you\b|your (profile|background|experience|skills)|is this you/,
      /(what|who) we('re| are) looking for|(ideal|right|successful) candidate|what it takes/,
      /skills,? (and|&) (experience|qualifications|abilities|knowledge)|experience (and|&) (skills|qualifications)/,
      /(minimum|basic|required|essential) (skills|experience|knowledge)|knowledge,? skills/,
      /(good|great|right)? ?fit\b|to (succeed|thrive)|you('ll)? (succeed|thrive)|sounds? like you/,
      /what we (need|expect|ask)|we need from you|expectations/,
      /^(experience|education|certifications?|licen[cs](es|ure)?|languages?|credentials)$/,
    ],
  ],
  [
    'stack',
    [/tech(nology|nical)? stack|\bour stack\b|\btools\b|\btechnologies\b|tech we use|\btooling\b/],
  ],
  ['skills', [/^(key |core |technical |relevant |professional )?skills( needed)?$/]],
  [
    'responsibilities',
    [
      /responsibilit|accountabilit|\bduties\b|\btasks\b|day[- ]to[- ]day|\byour day\b|a typical day/,
      /what you('ll| will) (do|be doing|work on|own|achieve|accomplish)|in this role|your (mission|impact)/,
      /^(key |main |core )?(activities|deliverables)$|^you will\b|^you'll\b|what the job involves/,
    ],
  ],
  [
    'role',
    [
      /\bthe role\b|\byour role\b|\bthis role\b|the (job|position|opportunity)\b|^about the (job|team)\b/,
      /^(role|job|position) (overview|summary|description|purpose)|^overview$|^summary$|^job description$/,
    ],
  ],
];

/** "Location: Remote" and its kin: job facts that are never requirements. */
export const factLabels =
  /^(location|job type|employment type|contract( type)?|department|team|reports? to|start date|date posted|posted|job id|req(uisition)? (id|number)|closing date|salary|pay|pay range|compensation|hours|work hours|schedule type|job title|title|position|role|company|employer|organi[sz]ation|hiring organi[sz]ation)$/;

/** Labels whose value is the job title or the company, in pasted postings. */
export const titleLabels = /^(job title|title|position|role)$/;
export const companyLabels = /^(company|employer|organi[sz]ation|hiring organi[sz]ation)$/;

/**
 * Marks a must-have on its own. Checked before duty cues: "Experience with SQL" is a requirement
 * even though it could start a sentence.
 */
export const strongRequirementCues: readonly RegExp[] = [
  /\bmust\b|\brequired\b|\bmandatory\b|\bessential\b|\bminimum\b|\bat least\b/,
  /\d+\s*\+?\s*(\+|or more )?\s*(years?|yrs)\b(?! (ago|old|running|in business)\b)/,
  /\b(one|two|three|four|five|six|seven|eight|nine|ten)\+? (\(\d+\) )?(or more )?years?('|’)?( of| in| as| with| experience| working|\+)/,
  /\bexperience\b|\btrack record\b|\bbackground in\b/,
  /\bdegree\b|\bbachelor'?s?\b|\bmaster'?s\b|\bdiploma\b|\bph\.?d\b|\bged\b|\bbsn\b|\bmba\b/,
  /\blicen[cs](e|ed|ure)\b|\bcertifi(cation|cate|ed)\b|\bregistration\b|\bclearance\b/,
  /\bproficien(t|cy)\b|\bfluen(t|cy)\b|\bfamiliar(ity)?\b|\bknowledge of\b|\bunderstanding of\b|\bexpertise\b/,
  /\byou (have|bring|are|know|hold|possess|can|understand|must|should)\b|\byou've\b|\byou're\b/,
  // "You write well", "You enjoy…": the candidate described in the present tense.
  /^you (?!will\b|'ll\b|would\b|may\b|might\b|could\b|get\b|receive\b|join\b)[a-z]+s?\b/,
  /\byou('ll| will) (need|have|bring|possess|hold)\b|\b(ideal|successful) candidates? (will |would )?(has|have|is|be|brings?|possess)/,
  /\blooking for (someone|a person|people|candidates?|an? [\w -]+ (who|with))\b/,
];

/** Marks a must-have when nothing marks a duty: skills and qualities asked of the candidate. */
export const weakRequirementCues: readonly RegExp[] = [
  /\bability to\b|\bable to\b|\bskills?\b|\bskilled\b|\bstrong\b|\bexcellent\b|\bsolid\b/,
  /\bdemonstrated\b|\bproven\b|\bcomfortable (with|in|working)\b|\bwillingness\b|\bwilling to\b/,
  /\bcapable of\b|\bcommitment to\b|\bpassion for\b|\bself-starter\b|\bdetail-oriented\b|\bexperienced\b/,
];

/** Marks a nice-to-have wherever it stands (except in benefits and the like). */
export const strongPreferredCues: readonly RegExp[] = [
  /\ba (big |huge |real |definite )?plus\b|\bnice[- ]to[- ]have\b|\bgood to have\b/,
  /\bbonus (points|if)\b|\bis a bonus\b|\bwould be a bonus\b/,
  /\bpreferred,? but not required\b|\bnot (required|essential|mandatory)\b/,
];

/**
 * "Ideally" and "preferably" make a nice-to-have of what follows them; after a must-have
 * ("3+ years in sales, ideally in SaaS") they only qualify it.
 */
export const preferenceQualifier = /\b(ideally|preferably)\b/;

/** Marks a nice-to-have in a requirements list or loose text, not among duties. */
export const weakPreferredCues: readonly RegExp[] = [
  /\bpreferred\b|\bdesir(ed|able)\b|\b(an )?advantage(ous)?\b|\bbeneficial\b/,
  /\bis helpful\b|\bwould be (great|nice|helpful|useful)\b|\bappreciated\b|\bwelcome\b/,
];

/** Marks a duty: what the person in the job will do. */
export const responsibilityCues: readonly RegExp[] = [
  /\byou('ll| will) (?!need\b|have\b|bring\b|possess\b|hold\b|get\b|receive\b|enjoy\b|join\b)/,
  /\bresponsible for\b|\bin charge of\b|\bduties include\b|\byou('ll| will) be (the|our|a|an)\b/,
  /\bthe role (involves|includes)\b|\bthis role (involves|includes|will)\b|\byour day\b/,
];

/**
 * Verbs a duty usually starts with ("Manage the month-end close", "Builds dashboards"). Base forms;
 * the extractor also accepts the form with -s/-es.
 */
export const dutyVerbs: readonly string[] = `
achieve administer advise advocate analyse analyze answer arrange assess assist attend
audit build calculate champion coach collaborate collect communicate compile complete
conduct configure contribute coordinate create cultivate debug define deliver deploy design
develop direct document draft drive educate engage ensure establish evaluate execute
facilitate follow forecast foster generate grade guide handle help hire identify implement
improve inspect instruct investigate keep lead liaise load maintain manage mentor model
monitor motivate negotiate observe onboard operate optimise optimize organise organize own
oversee partner perform plan pick prepare present prioritise prioritize process produce
promote prospect provide publish recommend reconcile record recruit reduce refine report
represent research resolve respond review run schedule scope serve set ship shape source
supervise support teach test track train translate triage troubleshoot update use validate
work write act assemble assign call care close coach demonstrate dispense escalate exceed
greet grow launch measure meet pack receive sell visit place book check
`
  .split(/\s+/)
  .filter((verb) => verb !== '');

/** Never requirements, whatever the section: equal-opportunity statements and how to apply. */
export const alwaysExcludedCues: readonly RegExp[] = [
  /equal (employment )?opportunit|affirmative action|without regard to|regardless of (race|age|gender|sex|religion|background)/,
  /protected (veteran|characteristic|class)|reasonable accommodation|e-verify|we celebrate diversity|committed to (building )?(a )?divers/,
  /\bto apply\b|\bapply (now|today|online|via|through|here|by|in person|at|with|to|directly)\b|\bsend (us )?(your|a) (cv|resume|résumé|cover letter|application)/,
  /\bsubmit (your|a) (cv|resume|résumé|application|cover letter)|\bclick (apply|the)\b|applications (close|will be|are reviewed)/,
  /\bno (recruitment )?agencies\b|\bplease (include|attach|mention|note|contact|reach out)\b|\bcontact us\b|\bwe review (every|all|each) application/,
  /\bwalk-in\b|\binterviews? (will|are|is) (be )?(held|conducted|scheduled)\b|\binterview process\b/,
];

/**
 * Benefits and pay. Not requirements unless a strong requirement cue says otherwise ("Experience
 * administering 401(k) plans").
 */
export const softExcludedCues: readonly RegExp[] = [
  /\bhealth (insurance|care|plan|coverage)\b|\bdental\b|\bvision (insurance|plan|coverage)\b|\b40[13]\s?\(?[kb]\)?|\bpension\b/,
  /\bpaid time off\b|\bpto\b|\b(paid|bank|public) holidays?\b|\bdays'? (of )?(holiday|vacation|annual leave)\b|\bvacation (days|time|policy)\b/,
  /\bparental leave\b|\bmaternity (leave|pay)\b|\bpaternity\b|\bsick (days|leave|pay)\b|\bstipend\b|\bgym\b|\bwellness\b/,
  /\btuition (reimbursement|assistance|help)\b|\bstock options\b|\bequity\b|\brsus?\b|\blearning budget\b|\bemployee discount\b/,
  /\bfree (lunch|lunches|snacks|meals|parking|coffee)\b|\blife insurance\b|\brelocation (package|assistance|support)\b/,
  /\bcompetitive (salary|pay|compensation|wages?|rates?|benefits|package)\b|\bbenefits\b|\bperks\b|\bwe offer\b/,
  /\byou('ll| will) (get|receive|enjoy)\b|\b(annual|signing|sign-on|performance|quarterly|discretionary) bonus\b|\buncapped commission\b/,
  /[$£€]\s?\d[\d,.]*\s*k?\s*(-|–|to)\s*[$£€]?\s?\d|[$£€]\s?\d[\d,.]*\s*k?\s*(\/|per |an? )(hour|hr|year|yr|annum|month|week)\b/,
  /\bper hour\b|\bsalary\b|\bpay (range|rate|band)\b|\bbase pay\b|\bote\b|\bhourly rate\b/,
];

/**
 * The company telling its own story: left out of loose text, even when it says "experienced"
 * or "years", unless it speaks to the candidate.
 */
export const companyStoryCues: readonly RegExp[] = [
  /\bwe('re| are) (a|an|the|proud|on a mission|building|growing|hiring|expanding)\b|\bour (mission|vision|story|values|founders?)\b/,
  /\bfounded in\b|\bheadquartered\b|\bis (a|the) leading\b|\baward-winning\b|\bfastest-growing\b|\bjoin (us|our team)\b/,
  /\b(is|are) (hiring|recruiting|expanding|growing)\b|\bhave been recognised\b|\bhas been (recognised|recognized|named|rated)\b/,
];
