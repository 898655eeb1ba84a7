import { describe, expect, test } from 'vitest';
import { moveItem } from './row-actions.js';

describe('moving a row of an ordered list', () => {
  test('moves one place up or down and keeps the others in order', () => {
    expect(moveItem(['intro', 'demo', 'questions'], 2, -1)).toEqual(['intro', 'questions', 'demo']);
    expect(moveItem(['intro', 'demo', 'questions'], 0, 1)).toEqual(['demo', 'intro', 'questions']);
  });

  test('leaves the list as it was for a row that is not there', () => {
    expect(moveItem(['intro'], 3, -1)).toEqual(['intro']);
  });
});
