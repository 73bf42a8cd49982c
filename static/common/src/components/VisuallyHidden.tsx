import type { ReactNode } from 'react';

const HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Content for screen readers only; `as="div"` where it wraps block content such as a table. */
export function VisuallyHidden({
  children,
  as = 'span',
}: {
  readonly children: ReactNode;
  readonly as?: 'span' | 'div';
}) {
  const Element = as;

  return <Element style={HIDDEN}>{children}</Element>;
}
