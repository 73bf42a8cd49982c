import '@testing-library/jest-dom';

// As in the Vite build: Atlaskit's feature gates answer their defaults without the Statsig client.
jest.mock('@atlaskit/feature-gate-js-client', () =>
  jest.requireActual('../../static/common/src/feature-gates-stub'),
);
jest.mock('@atlaskit/feature-gate-js-client/feature-gates', () =>
  jest.requireActual('../../static/common/src/feature-gates-stub'),
);

// react-scrolllock (inside @atlaskit/modal-dialog) still uses defaultProps, which React 18.3
// warns about on every dialog; that warning says nothing about our code, so it is dropped.
const KNOWN_THIRD_PARTY_WARNINGS = [/Support for defaultProps will be removed from function components/];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [first] = args;
  if (typeof first === 'string' && KNOWN_THIRD_PARTY_WARNINGS.some((p) => p.test(first))) return;
  consoleError(...args);
};
