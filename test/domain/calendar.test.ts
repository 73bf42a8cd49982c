import { addMonths, isIsoDate, monthOf, todayIn } from '../../src/domain/calendar';

describe('calendar', () => {
  describe('isIsoDate', () => {
    it.each([
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['2026-13-01', false],
      ['2026-1-01', false],
      ['1969-12-31', false],
      ['2101-01-01', false],
      ['2100-12-31', true],
    ])('judges %s as %s', (text, expected) => {
      expect(isIsoDate(text)).toBe(expected);
    });
  });

  describe('addMonths', () => {
    it('keeps the day of month when it exists', () => {
      expect(addMonths('2026-01-15', 13)).toBe('2027-02-15');
    });

    it('clamps to the last day of a shorter month', () => {
      expect([
        addMonths('2024-01-31', 1),
        addMonths('2023-01-31', 1),
        addMonths('2026-03-31', -1),
      ]).toStrictEqual(['2024-02-29', '2023-02-28', '2026-02-28']);
    });
  });

  describe('todayIn', () => {
    it('takes the date in the viewer time zone', () => {
      const instant = new Date('2024-10-01T02:30:00Z');

      expect([
        todayIn('America/Sao_Paulo', instant),
        todayIn('Asia/Tokyo', instant),
        todayIn('UTC', instant),
      ]).toStrictEqual(['2024-09-30', '2024-10-01', '2024-10-01']);
    });
  });

  describe('monthOf', () => {
    it('counts a calendar date in its own month whatever the zone', () => {
      expect(monthOf('2024-10-01')).toBe('2024-10');
    });
  });
});
