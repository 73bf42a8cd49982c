import EmptyState from '@atlaskit/empty-state';

import { PlainButton } from '../../../common/src/components/PlainButton';
import { openProjectSettings } from '../navigation';

/** The project has no objectives the viewer can see yet: where to set them up. */
export function NoObjectives({ projectKey }: { readonly projectKey: string }) {
  return (
    <EmptyState
      header="No objectives yet"
      headingLevel={4}
      headingSize="xsmall"
      description={
        'Project admins set objectives and key results that measure themselves from this ' +
        "project's costs in the project settings."
      }
      primaryAction={
        <PlainButton onClick={() => void openProjectSettings(projectKey)}>
          Set up objectives
        </PlainButton>
      }
    />
  );
}
