import '@testing-library/jest-dom';

// As in the Vite build: Atlaskit's feature gates answer their defaults without the Statsig client.
jest.mock('@atlaskit/feature-gate-js-client', () =>
  jest.requireActual<object>('../../static/common/src/feature-gates-stub'),
);
jest.mock('@atlaskit/feature-gate-js-client/feature-gates', () =>
  jest.requireActual<object>('../../static/common/src/feature-gates-stub'),
);

// Development-only React warnings about Atlaskit's own dependencies, not about our code:
// react-scrolllock (in @atlaskit/modal-dialog) uses defaultProps, and @atlaskit/dynamic-table's
// class components use UNSAFE_ lifecycles (reported under StrictMode). Everything else passes.
const ATLASKIT_CLASS_COMPONENTS = new Set([
  'DynamicTable',
  'LoadingContainerAdvanced',
  'TableHead',
]);

function isKnownThirdPartyWarning(args: readonly unknown[]): boolean {
  const [format, detail] = args.map(String);
  if (format?.includes('Support for defaultProps will be removed')) return detail === 'LockToggle';
  if (/Using UNSAFE_component\w+ in strict mode/.test(format ?? '')) {
    return (detail ?? '').split(', ').every((name) => ATLASKIT_CLASS_COMPONENTS.has(name));
  }

  return false;
}

// eslint-disable-next-line no-console -- the filter must wrap the real console.error
const consoleError = console.error.bind(console);
// eslint-disable-next-line no-console -- see above
console.error = (...args: unknown[]) => {
  if (isKnownThirdPartyWarning(args)) return;
  consoleError(...args);
};
