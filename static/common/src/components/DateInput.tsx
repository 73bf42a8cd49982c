import { token } from '@atlaskit/tokens';
import { forwardRef } from 'react';
import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'style'> & {
  readonly isInvalid?: boolean;
};

/**
 * A native date input (`YYYY-MM-DD` value, the browser's localised picker) styled with design
 * tokens so it follows the light and dark themes like Atlaskit's text fields.
 */
export const DateInput = forwardRef<HTMLInputElement, Props>(function DateInput(
  { isInvalid = false, ...props },
  ref,
) {
  return (
    <input
      ref={ref}
      type="date"
      {...props}
      aria-invalid={isInvalid || undefined}
      style={{
        boxSizing: 'border-box',
        width: '100%',
        minHeight: '2.25rem',
        padding: `${token('space.050')} ${token('space.100')}`,
        font: token('font.body'),
        color: token('color.text'),
        backgroundColor: token('color.background.input'),
        border: `${token('border.width')} solid ${
          isInvalid ? token('color.border.danger') : token('color.border.input')
        }`,
        borderRadius: token('radius.small'),
      }}
    />
  );
});
