import { describe, expect, test } from 'vitest';
import { loadSpellChecker } from './spelling.js';

describe('loadSpellChecker', () => {
  test.each(['interview', 'collaborative', 'Thank', 'enjoyed', 'discussing'])(
    'accepts the correctly spelled word %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(["don't", 'don’t', "I'm", 'you’re', 'can’t', 'it’s'])(
    'accepts the contraction %s with either apostrophe',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(['team’s', "company's", 'teams’', 'manager’s'])(
    'accepts the possessive %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(['organisation', 'colour', 'analyse', 'favourite', 'travelled', 'programme'])(
    'accepts the British spelling %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(['café', 'naïve', 'onboarding', 'roadmap'])(
    'accepts the accented or workplace word %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(['recieve', 'definately', 'oppertunity', 'teh', 'intervew', 'sincerly'])(
    'rejects the misspelling %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(false);
    },
  );

  test('rejects a misspelling with a possessive ending', async () => {
    const isCorrectlySpelled = await loadSpellChecker();
    expect(isCorrectlySpelled('collegue’s')).toBe(false);
  });

  test('loads the dictionary once and hands back the same checker', async () => {
    const [first, second] = await Promise.all([loadSpellChecker(), loadSpellChecker()]);
    expect(second).toBe(first);
    expect(await loadSpellChecker()).toBe(first);
  });
  test.each(['groundworks', 'wayfinding', 'influencer', 'preceptorship'])(
    'accepts the compound or derived workplace word %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(true);
    },
  );

  test.each(['recieve', 'tiem', 'explaning', 'oppurtunity', 'definately'])(
    'still rejects the typo %s',
    async (word) => {
      const isCorrectlySpelled = await loadSpellChecker();
      expect(isCorrectlySpelled(word)).toBe(false);
    },
  );
});
