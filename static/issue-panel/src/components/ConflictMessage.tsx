import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';

/** Someone else saved the entry first: the user's view is stale until it is reloaded. */
export function ConflictMessage({ onReload }: { readonly onReload: () => void }) {
  return (
    <div role="alert">
      <SectionMessage
        appearance="warning"
        actions={<SectionMessageAction onClick={onReload}>Reload</SectionMessageAction>}
      >
        <p>This entry was changed by someone else. Reload to see the latest.</p>
      </SectionMessage>
    </div>
  );
}
