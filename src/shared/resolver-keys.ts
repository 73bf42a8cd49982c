/** Resolver keys of the issue panel's function (`issue-panel-resolver`). */
export const PANEL_KEYS = {
  load: 'panel/load',
  createEntry: 'entries/create',
  updateEntry: 'entries/update',
  deleteEntry: 'entries/delete',
  entryHistory: 'entries/history',
  people: 'panel/people',
} as const;

/** Resolver keys of the project settings page's function (`settings-resolver`). */
export const SETTINGS_KEYS = {
  load: 'settings/load',
  people: 'settings/people',
  updateCostSettings: 'settings/update-cost-settings',
  saveRate: 'rates/save',
  deleteRate: 'rates/delete',
  listObjectives: 'objectives/list',
  saveObjective: 'objectives/save',
  deleteObjective: 'objectives/delete',
  checkIn: 'key-results/check-in',
  previewKeyResult: 'key-results/preview',
  listAudit: 'audit/list',
  contributions: 'key-results/contributions',
  reconcile: 'costs/reconcile',
  loadLabour: 'labour/load',
  saveLabourRate: 'labour/save-rate',
  deleteLabourRate: 'labour/delete-rate',
  startLabourBackfill: 'labour/start-backfill',
  labourStatus: 'labour/status',
  focusLoad: 'focus-import/load',
  focusSaveMapping: 'focus-import/save-mapping',
  focusStage: 'focus-import/stage',
  focusCommit: 'focus-import/commit',
  importRates: 'rates/import',
  listRateSeries: 'rates/list-series',
  deleteRateSeries: 'rates/delete-series',
  exportEntries: 'costs/export',
  importEntries: 'costs/import',
} as const;

/** Resolver keys of the dashboard gadget's function (`gadget-resolver`). */
export const GADGET_KEYS = {
  load: 'gadget/load',
  listProjects: 'gadget/list-projects',
  listObjectives: 'gadget/list-objectives',
  contributions: 'gadget/contributions',
} as const;

export type PanelKey = (typeof PANEL_KEYS)[keyof typeof PANEL_KEYS];
export type SettingsKey = (typeof SETTINGS_KEYS)[keyof typeof SETTINGS_KEYS];
export type GadgetKey = (typeof GADGET_KEYS)[keyof typeof GADGET_KEYS];
