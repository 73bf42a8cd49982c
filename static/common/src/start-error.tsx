import SectionMessage from '@atlaskit/section-message';
import type { Root } from 'react-dom/client';

import { errorMessage } from './api-error';

/** What a Custom UI app shows when it cannot start (no Forge context, bridge unavailable). */
export function renderStartupError(root: Root, error: unknown): void {
  root.render(
    <SectionMessage appearance="error" title="This app couldn't start">
      <p>{errorMessage(error)} Reload the page to try again.</p>
    </SectionMessage>,
  );
}
