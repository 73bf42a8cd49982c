import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';

import { errorMessage } from '../api-error';

type Props = {
  readonly title: string;
  readonly error: unknown;
  readonly onRetry: () => void;
};

/** Shown in place of the content when loading failed: what failed, why, and a retry. */
export function LoadError({ title, error, onRetry }: Props) {
  return (
    <SectionMessage
      appearance="error"
      title={title}
      actions={<SectionMessageAction onClick={onRetry}>Try again</SectionMessageAction>}
    >
      <p>{errorMessage(error)}</p>
    </SectionMessage>
  );
}
