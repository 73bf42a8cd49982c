import '@atlaskit/css-reset';

import { view } from '@forge/bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { AppContextProvider, toAppContext } from '../../common/src/app-context';
import { renderStartupError } from '../../common/src/start-error';

import { App } from './App';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
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

void main();
