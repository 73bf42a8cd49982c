import { token } from '@atlaskit/tokens';
import { forwardRef } from 'react';
import type { SelectHTMLAttributes } from 'react';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'style'> & {
  readonly isInvalid?: boolean;
};

/**
 * A native select styled with design tokens: light to load (no react-select), keyboard and
 * screen-reader behaviour from the browser. For short fixed lists; searchable lists use
 * Atlaskit Select.
 */
export const NativeSelect = forwardRef<HTMLSelectElement, Props>(function NativeSelect(
  { isInvalid = false, ...props },
  ref,
) {
  return (
    <select
      ref={ref}
      {...props}
      aria-invalid={isInvalid || undefined}
      style={{
        boxSizing: 'border-box',
        maxWidth: '100%',
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
