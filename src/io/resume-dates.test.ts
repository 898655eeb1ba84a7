import { describe, expect, test } from 'vitest';
import { findDates, pointToLocalDate } from './resume-dates.js';

describe('dates in résumé text', () => {
  test.each([
    ['Jan 2019 – Mar 2021', '2019-01-01', '2021-03-01'],
    ['January 2019 - March 2021', '2019-01-01', '2021-03-01'],
    ['Sept. 2016 – Aug 2022', '2016-09-01', '2022-08-01'],
    ['2019-2021', '2019-01-01', '2021-01-01'],
    ['2019 — 2021', '2019-01-01', '2021-01-01'],
    ['03/2018 – 04/2021', '2018-03-01', '2021-04-01'],
    ['2019-03 to 2021-11', '2019-03-01', '2021-11-01'],
  ])('"%s" is a range from %s to %s', (text, start, end) => {
    expect(findDates(text)).toMatchObject({ start, end, ongoing: false, single: false });
  });

  test.each(['2021 – present', 'Jan 2020 – Present', '2022–now', 'since 2021', 'May 2021 to date'])(
    '"%s" is an ongoing range with no end date',
    (text) => {
      const dates = findDates(text);
      expect(dates?.ongoing).toBe(true);
      expect(dates?.end).toBeUndefined();
      expect(dates?.start).toMatch(/^20\d\d-\d\d-01$/);
    },
  );

  test('a single date is found and marked as single', () => {
    expect(findDates('IOSH Managing Safely, 2016')).toEqual({
      start: '2016-01-01',
      ongoing: false,
      single: true,
      rest: 'IOSH Managing Safely,',
    });
  });

  test('the rest of the line keeps the title and loses the brackets the dates were in', () => {
    expect(findDates("Staff Nurse — St Bede's Hospital (Sept 2016 – Aug 2022)")?.rest).toBe(
      "Staff Nurse — St Bede's Hospital",
    );
  });

  test('a line with no date has none', () => {
    expect(findDates('Operations Manager')).toBeUndefined();
    expect(findDates('Grew the club from 8 to 30 attendees')).toBeUndefined();
  });

  test('points that are not real dates are not dates', () => {
    expect(pointToLocalDate('2021-02-30')).toBeUndefined();
    expect(pointToLocalDate('Smarch 2020')).toBeUndefined();
    expect(pointToLocalDate('Dec 2020')).toBe('2020-12-01');
  });
});
