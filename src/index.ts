// Resolvers
export { issuePanelHandler } from './resolvers/issue-panel-resolver';
export { settingsHandler } from './resolvers/settings-resolver';
export { gadgetHandler } from './resolvers/gadget-resolver';

// Triggers
export { onIssueEvent } from './resolvers/issue-events';
export { onLifecycleEvent } from './resolvers/lifecycle-events';
export { onWorklogEvent } from './resolvers/worklog-events';

// Queues
export { issueSummaryConsumer } from './resolvers/issue-summary-consumer';
export { keyResultRollupConsumer, onDailySchedule } from './resolvers/key-result-consumer';
export { labourSyncConsumer } from './resolvers/labour-sync-consumer';
