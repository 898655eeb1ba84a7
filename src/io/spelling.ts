import { workplaceWords } from '../content/note-lexicon.js';

/** Tells whether one word is spelled correctly. */
export type SpellChecker = (word: string) => boolean;

let loading: Promise<SpellChecker> | undefined;

/**
 * Loads the English (US) Hunspell dictionary once and returns a word checker. It accepts curly
 * or straight apostrophes, possessives ("team’s", "teams’"), British spellings of US words
 * ("organisation", "colour"), words written with accents the dictionary spells without ("café")
 * and common workplace words the dictionary lacks ("onboarding").
 * @example const isCorrectlySpelled = await loadSpellChecker(); isCorrectlySpelled('recieve') // false
 */
export function loadSpellChecker(): Promise<SpellChecker> {
  loading ??= createSpellChecker().catch((error: unknown) => {
    loading = undefined; // let a later call try again
    throw error;
  });
  return loading;
}

async function createSpellChecker(): Promise<SpellChecker> {
  // Loaded on first use: reading and indexing the dictionary takes about 150 ms.
  const [{ default: nspell }, { default: dictionary }] = await Promise.all([
    import('nspell'),
    import('dictionary-en'),
  ]);
  const toBuffer = (bytes: Uint8Array): Buffer =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const speller = nspell({ aff: toBuffer(dictionary.aff), dic: toBuffer(dictionary.dic) });
  for (const word of workplaceWords) speller.add(word);
  const known = (word: string): boolean =>
    word !== '' && (speller.correct(word) || speller.correct(word.toLowerCase()));
  return (word: string): boolean => {
    const plain = word.trim().replace(/[’‘]/g, "'");
    if (plain === '' || known(plain)) return true;
    return candidates(plain).some(
      (form) => known(form) || isCompound(form, known) || isDerived(form, known),
    );
  };
}

/**
 * Closed compounds of two known words ("groundworks", "wayfinding"): typos rarely split into two
 * real words of three letters or more.
 */
function isCompound(word: string, known: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut += 1) {
    if (known(lower.slice(0, cut)) && known(lower.slice(cut))) return true;
  }
  return false;
}

/** Regular derivations the dictionary does not list ("influencer", "preceptorship"). */
function isDerived(word: string, known: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  const suffix = /(ers?|ships?|ists?|ability|ably|able|ness|ments?)$/.exec(lower);
  if (!suffix) return false;
  const base = lower.slice(0, -suffix[0].length);
  return base.length >= 4 && (known(base) || known(`${base}e`));
}

/** Other ways to write the word that, if the dictionary knows one of them, make it correct. */
function candidates(word: string): string[] {
  const forms = [word];
  const possessive = /^(.+?)(?:'s|s')$/i.exec(word);
  if (possessive?.[1]) forms.push(word.endsWith("'") ? `${possessive[1]}s` : possessive[1]);
  const unaccented = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (unaccented !== word) forms.push(unaccented);
  return forms.flatMap((form) => [form, ...americanSpellings(form)]);
}

/**
 * US spellings of a British-spelled word, by the regular patterns (-our, -ise, -yse, -tre,
 * -ogue, -ence, doubled l) and a few irregular words. Only tried when the word itself is unknown.
 */
function americanSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = {
    learnt: 'learned',
    spelt: 'spelled',
    burnt: 'burned',
    dreamt: 'dreamed',
    programme: 'program',
    programmes: 'programs',
    judgement: 'judgment',
    enrol: 'enroll',
    enrolment: 'enrollment',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    grey: 'gray',
    cheque: 'check',
    tyre: 'tire',
    aluminium: 'aluminum',
    whilst: 'while',
    amongst: 'among',
  };
  const rules: readonly [RegExp, string][] = [
    [/our(s|ed|ing|ful|ite|ites|able|ably|er|ers)?$/, 'or$1'],
    [/our(?=[a-z])/, 'or'],
    [/is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1'],
    [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
    [/tre(s|d)?$/, 'ter$1'],
    [/ogue(s)?$/, 'og$1'],
    [/ence(s)?$/, 'ense$1'],
    [/ll(ed|ing|er|ers|ation)$/, 'l$1'],
    [/ae/, 'e'],
  ];
  const forms = irregular[lower] ? [irregular[lower]] : [];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(lower)) forms.push(lower.replace(pattern, replacement));
  }
  return forms;
}
