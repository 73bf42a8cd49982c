import { parseFocusTags } from '../../../src/shared/focus/focus-tags';

describe('focus-tags', () => {
  describe('parseFocusTags', () => {
    it('reads a JSON object with trimmed keys when a key carries spaces', () => {
      expect(parseFocusTags('{"application": "checkout", " org": "trey"}')).toStrictEqual(
        new Map([
          ['application', 'checkout'],
          ['org', 'trey'],
        ]),
      );
    });

    it('reads JSON whose quotes are still doubled as in the CSV cell', () => {
      expect(parseFocusTags('{""env"": ""prod""}')).toStrictEqual(new Map([['env', 'prod']]));
    });

    it('returns no tags when the cell is NULL or empty', () => {
      expect([parseFocusTags('NULL'), parseFocusTags(' ')]).toStrictEqual([new Map(), new Map()]);
    });

    it('returns undefined when the cell is not a JSON object', () => {
      expect([parseFocusTags('env=prod'), parseFocusTags('[1]')]).toStrictEqual([
        undefined,
        undefined,
      ]);
    });
  });
});
