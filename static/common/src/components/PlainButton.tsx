import { token } from '@atlaskit/tokens';
import type { ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'style' | 'type'>;

/**
 * A native button in Atlaskit's default look, styled with design tokens. For first-paint
 * views that otherwise would not load @atlaskit/button (which brings its tooltip and popper,
 * about 15 KB gzip).
 */
export function PlainButton(props: Props) {
  return (
    <button
      type="button"
      {...props}
      style={{
        padding: `${token('space.075')} ${token('space.150')}`,
        font: token('font.body'),
        fontWeight: token('font.weight.medium'),
        color: token('color.text'),
        backgroundColor: token('color.background.neutral'),
        border: 0,
        borderRadius: token('radius.small'),
        cursor: 'pointer',
      }}
    />
  );
}
