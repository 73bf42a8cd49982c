import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { LabourSyncJobDto } from '@shared/labour-contract';
import { useState } from 'react';

import { countText } from '../../../../common/src/count-text';

type Props = {
  readonly job: LabourSyncJobDto | undefined;
  readonly onStart: () => Promise<boolean>;
};

/** The background recomputation: its progress, and a button to run it over every worklog. */
export function LabourJobStatus({ job, onStart }: Props) {
  const [starting, setStarting] = useState(false);
  const running = job?.status === 'running';
  const start = async () => {
    setStarting(true);
    await onStart();
    setStarting(false);
  };

  return (
    <section
      aria-labelledby="labour-job-heading"
      style={{ display: 'grid', gap: token('space.100') }}
    >
      <Heading size="small" as="h3" id="labour-job-heading">
        Recomputation
      </Heading>
      <p style={{ margin: 0 }} aria-live="polite" data-testid="labour-job-status">
        {describe(job)}
      </p>
      <div>
        {/* Enabled while running too: a job whose consumer gave up can be started over. */}
        <Button
          appearance={running ? 'default' : 'primary'}
          isDisabled={starting}
          onClick={() => void start()}
        >
          {running ? 'Start over from all worklogs' : 'Recompute from all worklogs'}
        </Button>
      </div>
    </section>
  );
}

function describe(job: LabourSyncJobDto | undefined): string {
  if (!job) return 'Existing worklogs have not been costed yet.';
  const scope = job.from ? `worklogs from ${job.from}` : 'all worklogs';
  const counts =
    `${countText(job.worklogsRead, 'worklog', 'worklogs')} read, ${countText(job.entriesWritten, 'labour entry', 'labour entries')} written, ` +
    `${job.entriesDeleted} removed, ${job.withoutRate} without a rate`;
  if (job.status === 'running') {
    const upTo = job.readUpTo
      ? `; changes read up to ${job.readUpTo.slice(0, 16).replace('T', ' ')} UTC`
      : '';
    return `Recomputing ${scope}: ${counts}${upTo}.`;
  }

  return `Done (${scope}): ${counts}.`;
}
