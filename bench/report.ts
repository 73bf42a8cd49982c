import { fixed, int, ratio, table } from './format';
import type { OpStats, RunPlan } from './measure';
import { OP } from './operations';
import type { TracedCall } from './trace';

/** How the naive answers compared with the app's, and how many key results the gadget shows. */
export type NaiveComparison = { gadget: boolean; kr: boolean; keyResults: number };

/** The app's operations at one size, as a markdown table with a caption. */
export function appTable(stats: ReadonlyMap<string, OpStats>, plan: RunPlan): string {
  const rows = [...stats.values()].map((s) => [
    s.name + (s.varied ? ' (call counts varied; max shown)' : ''),
    int(s.counters.kvsCalls),
    int(s.counters.kvsBytesRead),
    int(s.counters.kvsBytesWritten),
    int(s.counters.jiraCalls),
    int(s.counters.eventsPushed),
    fixed(s.p50Ms, 2),
    fixed(s.p95Ms, 2),
    fixed(s.peakRssMb, 0),
  ]);
  const headers = ['operation', 'KVS calls', 'KVS bytes read', 'KVS bytes written', 'Jira calls'];

  return [
    `App, per invocation (${plan.runs} runs after ${plan.warmups} warm-ups):`,
    '',
    table([...headers, 'events pushed', 'p50 ms', 'p95 ms', 'peak RSS MB'], rows),
  ].join('\n');
}

export function naiveTable(
  app: ReadonlyMap<string, OpStats>,
  naive: ReadonlyMap<string, OpStats>,
  compared: NaiveComparison,
): string {
  const rows = [...naive.values()].map((n) => {
    const a = app.get(n.name);
    const same = n.name === OP.gadgetLoad ? compared.gadget : compared.kr;
    return [
      n.name,
      `${int(n.counters.kvsCalls)} / ${int(a?.counters.kvsCalls ?? 0)}`,
      ratio(n.counters.kvsCalls, a?.counters.kvsCalls ?? 0),
      `${int(n.counters.kvsBytesRead)} / ${int(a?.counters.kvsBytesRead ?? 0)}`,
      ratio(n.counters.kvsBytesRead, a?.counters.kvsBytesRead ?? 0),
      `${fixed(n.p50Ms, 1)} / ${fixed(a?.p50Ms ?? 0, 1)}`,
      ratio(n.p50Ms, a?.p50Ms ?? 0),
      `${n.runs}`,
      same ? 'yes' : '**NO**',
    ];
  });

  return [
    `Naive (scan every entry, 100 per page) vs app (aggregates); gadget shows ` +
      `${compared.keyResults} key results:`,
    '',
    table(
      [
        'operation',
        'KVS calls naive / app',
        'ratio',
        'KVS bytes read naive / app',
        'ratio',
        'p50 ms naive / app',
        'ratio',
        'naive runs',
        'same answer',
      ],
      rows,
    ),
  ].join('\n');
}

/** The calls of one traced run, as markdown list lines; repeated calls are folded into one. */
export function callList(name: string, calls: readonly TracedCall[]): string[] {
  const folded: Array<TracedCall & { times: number }> = [];
  for (const call of calls) {
    const last = folded[folded.length - 1];
    if (last?.what === call.what) {
      folded[folded.length - 1] = {
        ...last,
        times: last.times + 1,
        bytesRead: last.bytesRead + call.bytesRead,
        bytesWritten: last.bytesWritten + call.bytesWritten,
      };
    } else {
      folded.push({ ...call, times: 1 });
    }
  }

  return [
    `- **${name}**: ${calls.length} calls`,
    ...folded.map((call) => {
      const bytes = [
        call.bytesRead ? `read ${int(call.bytesRead)} B` : '',
        call.bytesWritten ? `wrote ${int(call.bytesWritten)} B` : '',
      ].filter(Boolean);
      const times = call.times > 1 ? ` x${call.times}` : '';
      return `  - ${call.what}${times}${bytes.length ? ` - ${bytes.join(', ')}` : ''}`;
    }),
  ];
}
