import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import type { ReactNode } from 'react';

type Props = {
  readonly id: string;
  readonly label: string;
  readonly error?: string;
  readonly helper?: ReactNode;
  readonly children: ReactNode;
};

/** The ids a field's control points at with aria-describedby: its error, else its helper. */
export function describedBy(id: string, error: string | undefined, hasHelper = false) {
  if (error) return `${id}-error`;

  return hasHelper ? `${id}-helper` : undefined;
}

/** A labelled control with its error (or helper text) below, linked by id. */
export function FormField({ id, label, error, helper, children }: Props) {
  return (
    <div style={{ minWidth: 0 }}>
      <Label htmlFor={id}>{label}</Label>
      <div>{children}</div>
      {error ? (
        <ErrorMessage testId={`${id}-error`}>
          <span id={`${id}-error`}>{error}</span>
        </ErrorMessage>
      ) : (
        helper && (
          <HelperMessage>
            <span id={`${id}-helper`}>{helper}</span>
          </HelperMessage>
        )
      )}
    </div>
  );
}
