import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import * as app from '../src/index';

import { createDemoSite } from './jira/demo-site';
import { JiraStandIn } from './jira/jira-stand-in';
import { readEntityDefs } from './kvs/manifest-entities';
import { SqliteKvs } from './kvs/sqlite-kvs';
import { ForgeRuntime } from './runtime/forge-runtime';
import { emptyCounters, runInvocation } from './runtime/invocation';
import type { InvocationCounters } from './runtime/invocation';

/** A UI module of manifest.yml, as the host needs it. */
export type UiModule = {
  readonly type: 'jira:issuePanel' | 'jira:projectSettingsPage' | 'jira:dashboardGadget';
  readonly key: string;
  readonly title: string;
  readonly resource: string;
  readonly resourcePath: string;
  readonly handler: string;
};

/** Where the user is, from which the host builds `context.extension` (never from the payload). */
export type Location =
  | { readonly kind: 'issue'; readonly issueId: string }
  | { readonly kind: 'project-settings'; readonly projectId: string }
  | { readonly kind: 'gadget'; readonly gadgetId: string; readonly entryPoint?: 'edit' };

export type InvokeResult = { readonly result: unknown; readonly counters: InvocationCounters };

type HandlerFn = (request: unknown, runtime: unknown) => Promise<unknown>;

const ROOT = path.resolve(__dirname, '..');

/**
 * The local Forge host: runs the app's unmodified handlers on an embedded SQLite KVS and a Jira
 * stand-in, the way Forge invokes them, and counts what each invocation costs.
 */
export class LocalHost {
  readonly kvs: SqliteKvs;
  readonly jira: JiraStandIn;
  readonly runtime: ForgeRuntime;
  readonly modules: readonly UiModule[];
  private readonly gadgetConfigs = new Map<string, Record<string, unknown>>();
  private readonly consumers: ReadonlyMap<string, { handler: string; method: string }>;
  private readonly pendingEvents = new Set<Promise<void>>();
  private closed = false;
  /** Consumer runs that threw (Forge would retry them); tests assert it stays empty. */
  readonly queueFailures: Array<{ queueName: string; error: unknown }> = [];

  constructor(options: { dataFile: string; manifestFile?: string }) {
    const manifestText = fs.readFileSync(
      options.manifestFile ?? path.join(ROOT, 'manifest.yml'),
      'utf8',
    );
    this.modules = readUiModules(manifestText);
    this.kvs = new SqliteKvs({ file: options.dataFile, entities: readEntityDefs(manifestText) });
    this.jira = new JiraStandIn(createDemoSite());
    this.runtime = new ForgeRuntime(this.kvs, this.jira);
    this.runtime.install();
    this.consumers = readConsumers(manifestText);
    this.runtime.onQueuePush((queueName, events) => {
      for (const event of events) this.schedule(queueName, event.body);
    });
  }

  /** Waits until every pushed event, and every event those pushed, has been consumed. */
  async drainQueues(): Promise<void> {
    while (this.pendingEvents.size > 0) await Promise.all([...this.pendingEvents]);
  }

  /** Runs a queue's consumer for one event after the pushing invocation, as Forge does. */
  private schedule(queueName: string, body: unknown): void {
    const consumer = this.consumers.get(queueName);
    if (!consumer) {
      this.queueFailures.push({
        queueName,
        error: new Error(`No consumer reads queue ${queueName}`),
      });
      return;
    }
    const handler = (app as unknown as Record<string, HandlerFn | undefined>)[consumer.handler];
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() =>
        runInvocation({ accountId: undefined, counters: emptyCounters() }, async () => {
          if (this.closed) return;
          if (!handler) throw new Error(`src/index.ts does not export ${consumer.handler}`);
          await handler(
            { call: { functionKey: consumer.method, payload: body, jobId: 'local' }, context: {} },
            {},
          );
        }),
      )
      .catch((error: unknown) => {
        this.queueFailures.push({ queueName, error });
      })
      .finally(() => this.pendingEvents.delete(run));
    this.pendingEvents.add(run);
  }

  /** The UI module of a type (the app has one of each). */
  module(type: UiModule['type']): UiModule {
    const found = this.modules.find((m) => m.type === type);
    if (!found) throw new Error(`manifest.yml declares no ${type} module`);

    return found;
  }

  /** Calls a resolver as Forge does, with the context built from the user's location. */
  async invoke(input: {
    module: UiModule;
    location: Location;
    accountId: string;
    functionKey: string;
    payload: unknown;
    locale?: string;
    timezone?: string;
  }): Promise<InvokeResult> {
    const handler = (app as unknown as Record<string, HandlerFn | undefined>)[input.module.handler];
    if (!handler) throw new Error(`src/index.ts does not export ${input.module.handler}`);
    const counters = emptyCounters();
    const context = { ...this.context(input.module, input.location, input), accountId: undefined };
    const result = await runInvocation({ accountId: input.accountId, counters }, () =>
      handler(
        { call: { functionKey: input.functionKey, payload: input.payload }, context },
        { principal: { accountId: input.accountId }, installContext: 'ari:cloud:jira::site/local' },
      ),
    );

    return { result, counters };
  }

  /** Runs a trigger handler (issue or lifecycle event) as Forge would. */
  async trigger(
    handlerName: 'onIssueEvent' | 'onWorklogEvent' | 'onLifecycleEvent' | 'onDailySchedule',
    event: unknown,
  ): Promise<InvocationCounters> {
    const counters = emptyCounters();
    await runInvocation({ accountId: undefined, counters }, () =>
      handlerName === 'onDailySchedule' ? app.onDailySchedule() : app[handlerName](event),
    );

    return counters;
  }

  /** The context a UI module's frame gets from `view.getContext()`. */
  context(
    module: UiModule,
    location: Location,
    viewer: { accountId: string; locale?: string; timezone?: string },
  ): Record<string, unknown> {
    return {
      accountId: viewer.accountId,
      cloudId: 'local-cloud',
      localId: `${module.key}-${'gadgetId' in location ? location.gadgetId : 'main'}`,
      moduleKey: module.key,
      siteUrl: 'http://localhost',
      environmentType: 'DEVELOPMENT',
      environmentId: 'local',
      locale: viewer.locale ?? 'en-US',
      timezone: viewer.timezone ?? 'UTC',
      extension: this.extension(module, location),
    };
  }

  gadgetConfiguration(gadgetId: string): Record<string, unknown> {
    return this.gadgetConfigs.get(gadgetId) ?? {};
  }

  saveGadgetConfiguration(gadgetId: string, config: Record<string, unknown>): void {
    this.gadgetConfigs.set(gadgetId, config);
  }

  /** Closes the store at once; events still queued are dropped. Prefer `shutdown`. */
  close(): void {
    this.closed = true;
    this.kvs.close();
  }

  /** Lets queued background work finish, then closes the store. */
  async shutdown(): Promise<void> {
    await this.drainQueues();
    this.close();
  }

  private extension(module: UiModule, location: Location): Record<string, unknown> {
    const base = { type: module.type };
    if (location.kind === 'issue') {
      const issue = this.jira.site.issues.find((i) => i.id === location.issueId);
      const project = this.jira.site.projects.find((p) => p.id === issue?.projectId);

      return {
        ...base,
        issue: {
          id: location.issueId,
          key: issue?.key,
          type: this.jira.site.issueTypes.find((t) => t.id === issue?.issueTypeId)?.name,
          typeId: issue?.issueTypeId,
        },
        project: { id: project?.id, key: project?.key, type: 'software' },
        isNewToIssue: false,
        location: `http://localhost/browse/${issue?.key ?? ''}`,
      };
    }
    if (location.kind === 'project-settings') {
      const project = this.jira.site.projects.find((p) => p.id === location.projectId);

      return { ...base, project: { id: location.projectId, key: project?.key, type: 'software' } };
    }

    return {
      ...base,
      dashboard: { id: '10000' },
      gadget: { id: location.gadgetId },
      gadgetConfiguration: this.gadgetConfiguration(location.gadgetId),
      ...(location.entryPoint ? { entryPoint: location.entryPoint } : {}),
    };
  }
}

/** Reads the Custom UI modules and their resolver handlers from manifest.yml. */
export function readUiModules(manifestText: string): UiModule[] {
  const manifest = parse(manifestText) as {
    modules: Record<string, Array<Record<string, unknown>> | undefined>;
    resources: Array<{ key: string; path: string }>;
  };
  const functions = manifest.modules.function ?? [];
  const types: Array<UiModule['type']> = [
    'jira:issuePanel',
    'jira:projectSettingsPage',
    'jira:dashboardGadget',
  ];

  return types.flatMap((type) =>
    (manifest.modules[type] ?? []).map((entry) => {
      const functionKey = (entry.resolver as { function?: string } | undefined)?.function;
      const found = functions.find((f) => f.key === functionKey)?.handler;
      const handler = typeof found === 'string' ? found : '';
      const resource = String(entry.resource);

      return {
        type,
        key: String(entry.key),
        title: String(entry.title),
        resource,
        resourcePath: path.join(
          ROOT,
          manifest.resources.find((r) => r.key === resource)?.path ?? '',
        ),
        handler: handler.replace(/^index\./, ''),
      };
    }),
  );
}

/** Queue name -> consumer handler export and resolver method, from manifest.yml. */
function readConsumers(manifestText: string): Map<string, { handler: string; method: string }> {
  const manifest = parse(manifestText) as {
    modules: {
      consumer?: Array<{ queue: string; resolver: { function: string; method: string } }>;
      function?: Array<{ key: string; handler: string }>;
    };
  };
  const functions = manifest.modules.function ?? [];

  return new Map(
    (manifest.modules.consumer ?? []).map((consumer) => {
      const handler = functions.find((f) => f.key === consumer.resolver.function)?.handler ?? '';
      return [
        consumer.queue,
        { handler: handler.replace(/^index\./, ''), method: consumer.resolver.method },
      ];
    }),
  );
}
