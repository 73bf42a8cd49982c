import { screen, waitFor } from '@testing-library/react';

import { buildFullContext, mockBridge, ok } from './bridge-helpers';
import { view } from './bridge-mock';
import { buildGadgetReady, buildPanelData, buildSettingsData } from './builders';

// The style sheet is for the browser only; jest cannot load CSS.
jest.mock('@atlaskit/css-reset', () => ({}));

function startApp(main: string): void {
  document.body.innerHTML = '<div id="root"></div>';
  jest.requireActual(main);
}

describe('main (Custom UI entry points)', () => {
  it('starts the issue panel after enabling the theme and reading the context', async () => {
    mockBridge({ 'panel/load': () => ok(buildPanelData()) });

    startApp('../../static/issue-panel/src/main');

    expect(await screen.findByRole('table', { name: 'Cost entries' })).toBeInTheDocument();
    expect(view.theme.enable).toHaveBeenCalledTimes(1);
    expect(view.getContext).toHaveBeenCalledTimes(1);
  });

  it('starts the settings page in the context locale', async () => {
    mockBridge(
      { 'settings/load': () => ok(buildSettingsData()) },
      buildFullContext({
        locale: 'de_DE' as 'de-DE',
        extension: { type: 'jira:projectSettingsPage' },
      }),
    );

    startApp('../../static/project-settings/src/main');

    expect(await screen.findByText('Januar')).toBeInTheDocument();
    expect(screen.getByText('0,9234')).toBeInTheDocument();
  });

  it('still starts the gadget when theming is unavailable', async () => {
    mockBridge(
      { 'gadget/load': () => ok(buildGadgetReady()) },
      buildFullContext({ extension: { type: 'jira:dashboardGadget' } }),
    );
    view.theme.enable.mockRejectedValue(new Error('theming not supported'));

    startApp('../../static/gadget/src/main');

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Operations (OPS)' })).toBeInTheDocument(),
    );
  });
});
