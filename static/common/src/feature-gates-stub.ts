/**
 * Stands in for `@atlaskit/feature-gate-js-client` in the Custom UI bundles (Vite alias) and in
 * the front-end tests. Atlaskit asks it for feature gates and experiments; in a Forge iframe the
 * real client is never initialised, so it answers every question with the default. This stub
 * gives the same answers without the Statsig client and without its "not initialised" warnings.
 */
const FeatureGates = {
  initializeCompleted: (): boolean => false,
  checkGate: (_gateName: string): boolean => false,
  getExperiment: (_experimentName: string): undefined => undefined,
  getExperimentValue: <T>(_experimentName: string, _parameterName: string, defaultValue: T): T =>
    defaultValue,
  getDefaultPerimeter: (): string => 'commercial',
  hasCheckGateErrorOccurred: (): boolean => false,
  hasGetExperimentValueErrorOccurred: (): boolean => false,
};

export default FeatureGates;
