import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';

import { ApiError, errorMessage } from '../api-error';

type Props = {
  readonly title: string;
  readonly error: unknown;
  readonly onRetry: () => void;
};

/**
 * Shown in place of the content when loading failed: what failed, why, and a retry. A refusal
 * is not a failure a retry can mend, so it reads as a warning, says who can help, and offers
 * no retry.
 */
export function LoadError({ title, error, onRetry }: Props) {
  if (error instanceof ApiError && error.code === 'FORBIDDEN') {
    return (
      <SectionMessage appearance="warning" title="You don't have access to this">
        <p>{error.message}</p>
        <p>Ask a Jira administrator of this project to grant you access.</p>
      </SectionMessage>
    );
  }
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
