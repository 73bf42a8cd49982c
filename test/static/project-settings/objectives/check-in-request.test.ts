import { toCheckInRequest } from '../../../../static/project-settings/src/objectives/check-in-request';
import { buildManualKeyResult } from '../../builders';

describe('check-in-request', () => {
  describe('toCheckInRequest', () => {
    it('parses the value in the key result unit and trims the note', () => {
      const keyResult = buildManualKeyResult({ unit: 'percent' });

      const result = toCheckInRequest(
        { value: '42,5', confidence: 'low', note: ' halfway ', date: '2025-05-09' },
        { objectiveId: 'o-1', version: 2, keyResult },
        'de-DE',
      );

      expect(result).toStrictEqual({
        ok: true,
        value: {
          objectiveId: 'o-1',
          keyResultId: 'kr-teams',
          version: 2,
          value: 42.5,
          confidence: 'low',
          note: 'halfway',
          date: '2025-05-09',
        },
      });
    });

    it('reads money check-ins in minor units of the key result currency', () => {
      const keyResult = buildManualKeyResult({ unit: 'currency', currency: 'KWD' });

      const result = toCheckInRequest(
        { value: '1.5', confidence: 'high', note: '', date: '2025-05-09' },
        { objectiveId: 'o-1', version: 2, keyResult },
        'en-US',
      );

      expect(result.ok && result.value.value).toBe(1500);
    });

    it('names each field to fix when the value and date are invalid', () => {
      const result = toCheckInRequest(
        { value: '', confidence: 'high', note: '', date: '2025-02-30' },
        { objectiveId: 'o-1', version: 2, keyResult: buildManualKeyResult() },
        'en-US',
      );

      expect(result).toStrictEqual({
        ok: false,
        errors: { value: 'Enter a number.', date: 'Enter a valid check-in date.' },
      });
    });
  });
});
