import {
  ApiError,
  isConflict,
  toApiError,
  unwrapResult,
} from '../../../static/common/src/api-error';

describe('api-error', () => {
  describe('unwrapResult', () => {
    it('returns the data of a successful result', () => {
      expect(unwrapResult({ ok: true, data: { id: 'x' } })).toStrictEqual({ id: 'x' });
    });

    it('throws an ApiError with the code, message and details of a failed result', () => {
      const failed = {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Bad amount.',
          details: [{ path: 'amount', message: 'Too big.' }],
        },
      };

      const thrown = captureError(() => unwrapResult(failed));

      expect(thrown).toBeInstanceOf(ApiError);
      expect(thrown).toMatchObject({
        code: 'VALIDATION',
        message: 'Bad amount.',
        details: [{ path: 'amount', message: 'Too big.' }],
      });
    });

    it('treats an unknown error code as UNEXPECTED', () => {
      const thrown = captureError(() =>
        unwrapResult({ ok: false, error: { code: 'TEAPOT', message: 'No.' } }),
      );

      expect(thrown).toMatchObject({ code: 'UNEXPECTED', message: 'No.' });
    });

    it('treats a response that is not an envelope as UNEXPECTED', () => {
      const thrown = captureError(() => unwrapResult('<html>502</html>'));

      expect(thrown).toMatchObject({ code: 'UNEXPECTED' });
    });
  });

  describe('toApiError', () => {
    it('wraps a bridge failure with a message a person can act on', () => {
      const cause = new Error('socket hang up');

      const error = toApiError(cause);

      expect(error).toMatchObject({
        code: 'UNEXPECTED',
        message: 'Could not reach the app. Check your connection and try again.',
        cause,
      });
    });
  });

  describe('isConflict', () => {
    it('recognises only CONFLICT errors', () => {
      const conflict = new ApiError({ code: 'CONFLICT', message: 'Changed.' });

      expect([isConflict(conflict), isConflict(new Error('CONFLICT'))]).toStrictEqual([
        true,
        false,
      ]);
    });
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('Expected a throw');
}
