import {
  errorAt,
  errorsFromDetails,
  unclaimedErrors,
} from '../../../../static/project-settings/src/objectives/form-errors';

describe('form-errors', () => {
  describe('errorsFromDetails', () => {
    it('joins several messages for one path', () => {
      expect(
        errorsFromDetails([
          { path: 'title', message: 'Enter a title.' },
          { path: 'title', message: 'Keep it short.' },
        ]),
      ).toStrictEqual({ title: 'Enter a title. Keep it short.' });
    });
  });

  describe('errorAt', () => {
    it('finds messages at a field and below it, not at fields that only share a prefix', () => {
      const errors = {
        'keyResults.0.target.percent': 'Bad percent.',
        'keyResults.0.targetValue': 'Bad target value.',
      };

      expect(errorAt(errors, 'keyResults.0.target')).toBe('Bad percent.');
    });
  });

  describe('unclaimedErrors', () => {
    it('lists the messages no field shows', () => {
      const errors = { title: 'Enter a title.', 'keyResults.0.currency': 'No currency.' };

      expect(unclaimedErrors(errors, (path) => path === 'title')).toStrictEqual(['No currency.']);
    });
  });
});
