import { lazy, Suspense } from 'react';

import { useAppContext } from '../../common/src/app-context';
import { LoadingState } from '../../common/src/components/LoadingState';

import { GadgetView } from './components/GadgetView';
import { DEFAULT_LAYOUT, isEditMode, readGadgetConfig } from './gadget-config';

// Only dashboard editors open the edit view, so its form (and Atlaskit Select) loads on demand.
const GadgetEditForm = lazy(() => import('./components/GadgetEditForm'));

/** One resource for both of Jira's gadget entry points: the view and the edit (settings) view. */
export function App() {
  const { extension } = useAppContext();
  const config = readGadgetConfig(extension);

  if (isEditMode(extension)) {
    return (
      <Suspense fallback={<LoadingState label="Loading gadget settings" />}>
        <GadgetEditForm config={config} />
      </Suspense>
    );
  }

  return <GadgetView layout={config.layout ?? DEFAULT_LAYOUT} />;
}
