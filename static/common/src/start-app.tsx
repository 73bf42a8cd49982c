import { view } from '@forge/bridge';
import { StrictMode } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

import { AppContextProvider, toAppContext } from './app-context';
import { keepModalsInView } from './modals-in-view';
import { renderStartupError } from './start-error';

/**
 * Starts a Custom UI app in `#root`: enables Jira's theme, reads the Forge context, and renders
 * the app inside its context provider (or a start-up error the user can act on).
 */
export async function startApp(App: ComponentType): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  keepModalsInView();
  try {
    // Theme first, so the first paint already uses the user's light or dark colours.
    await view.theme.enable();
  } catch {
    // Theming is cosmetic: without it the app still works, in the light theme.
  }
  try {
    const context = toAppContext(await view.getContext());
    root.render(
      <StrictMode>
        <AppContextProvider value={context}>
          <App />
        </AppContextProvider>
      </StrictMode>,
    );
  } catch (error: unknown) {
    renderStartupError(root, error);
  }
}
