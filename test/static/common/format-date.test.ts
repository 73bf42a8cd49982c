import {
  formatCalendarDate,
  formatMonth,
  isIsoDate,
  todayInTimeZone,
} from '../../../static/common/src/format-date';

describe('format-date', () => {
  describe('isIsoDate', () => {
    it.each([
      ['2024-02-29', true],
      ['2025-02-29', false],
      ['2025-13-01', false],
      ['2025-1-01', false],
      ['', false],
    ])('says %s is %s', (text, expected) => {
      expect(isIsoDate(text)).toBe(expected);
    });
  });

  describe('formatCalendarDate', () => {
    it('formats the calendar date itself in the locale, whatever the viewer zone', () => {
      expect(formatCalendarDate('2025-01-01', 'en-US')).toBe('Jan 1, 2025');
    });

    it('uses the locale order and separators', () => {
      expect(formatCalendarDate('2025-03-01', 'de-DE')).toBe('01.03.2025');
    });
  });

  describe('formatMonth', () => {
    it('names the month in the locale', () => {
      expect(formatMonth('2025-02', 'en-US', 'long')).toBe('February 2025');
    });
  });

  describe('todayInTimeZone', () => {
    it('takes today in the viewer zone, not in UTC', () => {
      const now = new Date('2025-03-01T02:00:00Z');

      expect([
        todayInTimeZone('America/New_York', now),
        todayInTimeZone('Asia/Tokyo', now),
      ]).toStrictEqual(['2025-02-28', '2025-03-01']);
    });
  });
});
