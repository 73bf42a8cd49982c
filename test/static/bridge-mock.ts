/**
 * Stands in for @forge/bridge in the front-end tests (jest.config.js maps the module here).
 * Every export is a jest.fn() that tests configure, usually through ./bridge-helpers.
 */
export const invoke = jest.fn();
export const showFlag = jest.fn();
export const requestJira = jest.fn();

export const view = {
  getContext: jest.fn(),
  submit: jest.fn(),
  close: jest.fn(),
  refresh: jest.fn(),
  onClose: jest.fn(),
  theme: { enable: jest.fn() },
};

export const events = {
  on: jest.fn(),
  emit: jest.fn(),
};

export const router = {
  navigate: jest.fn(),
  open: jest.fn(),
  reload: jest.fn(),
  getUrl: jest.fn(),
};
