import fc from 'fast-check';

import {
  FocusDecimalError,
  formatFocusDecimal,
  parseFocusDecimal,
  roundHalfEvenToMinor,
} from '../../../src/shared/focus/focus-decimal';

describe('focus-decimal', () => {
  describe('parseFocusDecimal', () => {
    it('keeps all 11 decimal places exactly when the text has them', () => {
      expect(parseFocusDecimal('0.00001605990')).toBe(1_605_990n);
    });

    it('reads negative credits, whole numbers and exponents when they are exact', () => {
      expect([
        parseFocusDecimal('-2.61370000000'),
        parseFocusDecimal('12'),
        parseFocusDecimal('1.5E-7'),
        parseFocusDecimal('+.5'),
      ]).toStrictEqual([-261_370_000_000n, 1_200_000_000_000n, 15_000n, 50_000_000_000n]);
    });

    it('accepts zeros beyond the 11th place when they carry no value', () => {
      expect(parseFocusDecimal('0.000000000010000')).toBe(1n);
    });

    it.each(['', 'abc', '1,5', '1.2.3', '--1', '1e', 'NaN', '0x10'])(
      'throws FocusDecimalError when the text is %p',
      (text) => {
        expect(() => parseFocusDecimal(text)).toThrow(FocusDecimalError);
      },
    );

    it('throws FocusDecimalError when a digit falls beyond the 11th decimal place', () => {
      expect(() => parseFocusDecimal('0.000000000001')).toThrow(/more than 11 decimal places/);
    });

    it('round-trips every 11-place decimal through formatFocusDecimal', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (scaled) => {
          expect(parseFocusDecimal(formatFocusDecimal(scaled))).toBe(scaled);
        }),
      );
    });
  });

  describe('roundHalfEvenToMinor', () => {
    it('rounds exact halves to the even neighbour in both directions', () => {
      const cents = (text: string) => roundHalfEvenToMinor(parseFocusDecimal(text), 2);

      expect([cents('0.125'), cents('0.135'), cents('-0.125'), cents('-0.135')]).toStrictEqual([
        12n,
        14n,
        -12n,
        -14n,
      ]);
    });

    it('rounds anything past a half away from zero', () => {
      expect(roundHalfEvenToMinor(parseFocusDecimal('0.12500000001'), 2)).toBe(13n);
    });

    it('uses the currency exponent when it is 0 or 3', () => {
      expect([
        roundHalfEvenToMinor(parseFocusDecimal('2.5'), 0),
        roundHalfEvenToMinor(parseFocusDecimal('1.0005'), 3),
      ]).toStrictEqual([2n, 1000n]);
    });

    it('lands within half a minor unit of the exact value, for any amount', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
          fc.constantFrom(0, 2, 3, 4),
          (scaled, exponent) => {
            const unit = 10n ** BigInt(11 - exponent);
            const error = roundHalfEvenToMinor(scaled, exponent) * unit - scaled;

            expect(2n * (error < 0n ? -error : error) <= unit).toBe(true);
          },
        ),
      );
    });
  });
});
