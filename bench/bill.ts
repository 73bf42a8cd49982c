import { fixed, int, table, usd } from './format';
import type { OpStats } from './measure';
import { OP } from './operations';

/** The site whose month the bill projects (assumptions, printed with the bill). */
const USAGE = {
  daysPerMonth: 30,
  users: 20,
  panelLoadsPerUserPerDay: 30,
  gadgetLoadsPerDay: 200,
  settingsLoadsPerDay: 20,
  entriesAddedPerMonth: 10_000,
  /** Forge's default function memory, used as the GB in GB-s. */
  memoryGb: 0.5,
  /** Round trip of one KVS or Jira call on Forge, which the local host does not have. */
  platformCallMs: 20,
};

/** Forge's published consumption rates (FORGE-NOTES.md section 5). */
const PRICES = {
  computeFreeGbS: 100_000,
  computePerGbS: 0.000025,
  readsFreeGb: 0.1,
  readsPerGb: 0.055,
  writesFreeGb: 0.1,
  writesPerGb: 1.09,
};

const BYTES_PER_GB = 1e9;

/** The measured operations of one size, by name, plus the naive gadget and KR rollup. */
export type SizeStats = {
  readonly size: number;
  readonly app: ReadonlyMap<string, OpStats>;
  readonly naive: ReadonlyMap<string, OpStats>;
};

type ActionCost = { count: number; read: number; written: number; ms: number; calls: number };

const MONTHLY = {
  panel: USAGE.users * USAGE.panelLoadsPerUserPerDay * USAGE.daysPerMonth,
  gadget: USAGE.gadgetLoadsPerDay * USAGE.daysPerMonth,
  settings: USAGE.settingsLoadsPerDay * USAGE.daysPerMonth,
  add: USAGE.entriesAddedPerMonth,
};

/** The projected monthly bill, per size, for the app and for the naive scans, as markdown. */
export function projectBill(sizes: readonly SizeStats[]): string {
  const rows = sizes.map((s) => billRow(`${int(s.size)} entries, app`, actionsOf(s, false)));
  const naiveRows = sizes.map((s) => billRow(`${int(s.size)} entries, naive`, actionsOf(s, true)));

  return [
    table(
      [
        'site size',
        'KVS read GB/mo',
        'KVS written GB/mo',
        'GB-s/mo (local)',
        `GB-s/mo (+${USAGE.platformCallMs} ms/call)`,
        'reads',
        'writes',
        'compute',
        'total / month',
      ],
      [...rows, ...naiveRows],
    ),
    '',
    'Assumptions:',
    `- ${int(USAGE.users)} users x ${USAGE.panelLoadsPerUserPerDay} panel loads a day ` +
      `= ${int(MONTHLY.panel)} panel loads; gadget ${USAGE.gadgetLoadsPerDay}/day = ` +
      `${int(MONTHLY.gadget)}; settings page ${USAGE.settingsLoadsPerDay}/day = ` +
      `${int(MONTHLY.settings)} (each \`settings/load\` + \`objectives/list\`); ` +
      `${int(MONTHLY.add)} entries added (\`entries/create\`), each followed by its ` +
      `background job (the issue-summary queue consumer); ${USAGE.daysPerMonth}-day month. ` +
      'Edits, deletes, triggers and the gadget edit view are not included.',
    '- Per invocation: the measured KVS bytes read and written and the mean latency of the ' +
      'size in question (a site adding 10,000 entries a month passes 100,000 in ten months).',
    `- Compute = latency x ${USAGE.memoryGb} GB (Forge's default memory). "local" is the ` +
      `host's in-process latency; "+${USAGE.platformCallMs} ms/call" adds an assumed ` +
      `${USAGE.platformCallMs} ms round trip per KVS or Jira call, which Forge bills as ` +
      'function time while the function waits.',
    `- Rates: functions $${PRICES.computePerGbS}/GB-s beyond ${int(PRICES.computeFreeGbS)} ` +
      `GB-s free; KVS reads $${PRICES.readsPerGb}/GB and writes $${PRICES.writesPerGb}/GB, ` +
      `each beyond ${PRICES.readsFreeGb} GB free; 1 GB = 10^9 bytes. The money columns use ` +
      'the "+20 ms/call" compute. Invocations, stored volume and UI modules are not billed.',
    '- Naive: the gadget and the KR rollup inside the settings load scan every entry ' +
      '(see the naive tables); everything else as the app.',
  ].join('\n');
}

/** Where one size's monthly bytes and compute come from, per user action, as markdown. */
export function billBreakdown(s: SizeStats): string {
  const names = ['panel load', 'gadget load', 'settings load', 'add entry', 'its background job'];
  const rows = actionsOf(s, false).map((a, i) => [
    names[i] ?? '',
    int(a.count),
    int(a.read),
    int(a.written),
    fixed((a.count * a.read) / BYTES_PER_GB, 3),
    fixed((a.count * a.written) / BYTES_PER_GB, 3),
    int((a.count * (a.ms + a.calls * USAGE.platformCallMs) * USAGE.memoryGb) / 1000),
  ]);

  return table(
    [
      'action',
      'per month',
      'bytes read each',
      'bytes written each',
      'read GB/mo',
      'written GB/mo',
      `GB-s/mo (+${USAGE.platformCallMs} ms/call)`,
    ],
    rows,
  );
}

function actionsOf(s: SizeStats, naive: boolean): ActionCost[] {
  const op = (name: string) => s.app.get(name);
  const naiveOp = (name: string) => s.naive.get(name);
  const gadget = naive ? naiveOp(OP.gadgetLoad) : op(OP.gadgetLoad);
  const settings = op(OP.settingsLoad);
  const kr = op(OP.krRollup);
  const naiveKr = naiveOp(OP.krRollup);
  const cost = (count: number, stats: OpStats | undefined): ActionCost => ({
    count,
    read: stats?.counters.kvsBytesRead ?? 0,
    written: stats?.counters.kvsBytesWritten ?? 0,
    ms: stats?.meanMs ?? 0,
    calls: (stats?.counters.kvsCalls ?? 0) + (stats?.counters.jiraCalls ?? 0),
  });
  const settingsCost = cost(MONTHLY.settings, settings);
  if (naive && kr && naiveKr) {
    // The settings load is settings/load + objectives/list; swap the latter for the naive one.
    settingsCost.read += naiveKr.counters.kvsBytesRead - kr.counters.kvsBytesRead;
    settingsCost.ms += naiveKr.meanMs - kr.meanMs;
    settingsCost.calls +=
      naiveKr.counters.kvsCalls +
      naiveKr.counters.jiraCalls -
      kr.counters.kvsCalls -
      kr.counters.jiraCalls;
  }

  return [
    cost(MONTHLY.panel, op(OP.panelLoad)),
    cost(MONTHLY.gadget, gadget),
    settingsCost,
    cost(MONTHLY.add, op(OP.addEntry)),
    cost(MONTHLY.add, op(OP.addEntryJob)),
  ];
}

function billRow(label: string, actions: readonly ActionCost[]): string[] {
  const sum = (f: (a: ActionCost) => number) => actions.reduce((n, a) => n + a.count * f(a), 0);
  const readGb = sum((a) => a.read) / BYTES_PER_GB;
  const writtenGb = sum((a) => a.written) / BYTES_PER_GB;
  const localGbS = (sum((a) => a.ms) / 1000) * USAGE.memoryGb;
  const callMs = (a: ActionCost) => a.ms + a.calls * USAGE.platformCallMs;
  const gbS = (sum(callMs) / 1000) * USAGE.memoryGb;
  const over = (used: number, free: number, price: number) => Math.max(0, used - free) * price;
  const reads = over(readGb, PRICES.readsFreeGb, PRICES.readsPerGb);
  const writes = over(writtenGb, PRICES.writesFreeGb, PRICES.writesPerGb);
  const compute = over(gbS, PRICES.computeFreeGbS, PRICES.computePerGbS);

  return [
    label,
    fixed(readGb, 3),
    fixed(writtenGb, 3),
    int(localGbS),
    int(gbS),
    usd(reads),
    usd(writes),
    usd(compute),
    usd(reads + writes + compute),
  ];
}
