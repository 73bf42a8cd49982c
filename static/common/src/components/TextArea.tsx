import { token } from '@atlaskit/tokens';
import type { TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'style'> & {
  readonly isInvalid?: boolean;
};

/** A multi-line text field styled with design tokens, matching Atlaskit's text fields. */
export function TextArea({ isInvalid = false, ...props }: Props) {
  return (
    <textarea
      {...props}
      aria-invalid={isInvalid || undefined}
      style={{
        boxSizing: 'border-box',
        width: '100%',
        minHeight: '4.5rem',
        resize: 'vertical',
        padding: `${token('space.075')} ${token('space.100')}`,
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
}
