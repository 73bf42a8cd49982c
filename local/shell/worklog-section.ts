import type { LocalHost } from '../host';
import { formatDuration } from '../jira/handlers/issue-handlers';

import { escapeHtml } from './shell-page';

/**
 * The issue page's work log, as Jira shows it: the issue's worklogs with a delete button each,
 * and a form to log work as the acting user. Each change goes through the stand-in and emits
 * the worklog event to the app's trigger (see `applyWorklogChange`).
 */
export function renderWorklogSection(host: LocalHost, issueId: string): string {
  const site = host.jira.site;
  const rows = site.worklogs
    .filter((worklog) => worklog.issueId === issueId)
    .map((worklog) => {
      const author = site.users.find((u) => u.accountId === worklog.authorAccountId);
      const started = worklog.started.slice(0, 16).replace('T', ' ');
      return `<li>${escapeHtml(author?.displayName ?? 'Unknown user')}: ${escapeHtml(
        formatDuration(worklog.timeSpentSeconds),
      )} from ${escapeHtml(started)} UTC <button type="button" data-delete-worklog="${escapeHtml(
        worklog.id,
      )}">Delete</button></li>`;
    })
    .join('');

  return `<section class="worklogs" aria-label="Work log">
<div class="section-title">Work log</div>
<ul>${rows || '<li>No work logged yet.</li>'}</ul>
<form id="log-work" data-issue-id="${escapeHtml(issueId)}">
<label>Started <input name="started" type="datetime-local" required></label>
<label>Minutes <input name="minutes" type="number" min="1" max="14400" value="60" required></label>
<button type="submit">Log work</button>
</form>
<script>${WORKLOG_SCRIPT}</script>
</section>`;
}

/** Logs or deletes work as the acting user, then emits the event and lets the queues drain. */
export async function applyShellWorklog(
  host: LocalHost,
  accountId: string,
  body: {
    action?: unknown;
    issueId?: unknown;
    started?: unknown;
    minutes?: unknown;
    worklogId?: unknown;
  },
): Promise<boolean> {
  let event: unknown;
  if (body.action === 'delete' && typeof body.worklogId === 'string') {
    event = host.jira.worklogs.remove(body.worklogId, accountId);
  } else if (
    body.action === 'add' &&
    typeof body.issueId === 'string' &&
    typeof body.started === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(body.started) &&
    typeof body.minutes === 'number' &&
    Number.isInteger(body.minutes) &&
    body.minutes > 0
  ) {
    event = host.jira.worklogs.add({
      issueId: body.issueId,
      authorAccountId: accountId,
      started: `${body.started}:00.000+0000`,
      timeSpentSeconds: body.minutes * 60,
    });
  } else {
    return false;
  }
  await host.trigger('onWorklogEvent', event);
  await host.drainQueues();

  return true;
}

const WORKLOG_SCRIPT = `
(() => {
  const post = async (body) => {
    await fetch('/host/worklog', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    location.reload();
  };
  const form = document.getElementById('log-work');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    post({ action: 'add', issueId: form.dataset.issueId, started: String(data.get('started')), minutes: Number(data.get('minutes')) });
  });
  for (const button of document.querySelectorAll('[data-delete-worklog]')) {
    button.addEventListener('click', () => post({ action: 'delete', worklogId: button.dataset.deleteWorklog }));
  }
})();
`;
