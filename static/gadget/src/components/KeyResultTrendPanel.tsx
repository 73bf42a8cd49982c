import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { IsoDate } from '@shared/contract';
import type { KeyResultView, ObjectiveView } from '@shared/okr-contract';
import { useMemo, useState } from 'react';

import { NativeSelect } from '../../../common/src/components/NativeSelect';
import { KeyResultTrendChart } from '../../../common/src/components/okr/KeyResultTrendChart';
import { buildTrend } from '../../../common/src/okr/trend-model';

type Props = { readonly objectives: readonly ObjectiveView[]; readonly today: IsoDate };

/** A trend chart of one cost key result, chosen from a list grouped by objective. */
export function KeyResultTrendPanel({ objectives, today }: Props) {
  const charted = useMemo(
    () =>
      objectives.map((view) => ({
        view,
        // Only key results with a measured history can be charted (one too large to measure
        // has none), so the choice never lands on a chart that cannot be drawn.
        keyResults: view.keyResults.filter(
          (kr) => kr.keyResult.type === 'cost' && !kr.keyResult.archived && kr.history.length > 0,
        ),
      })),
    [objectives],
  );
  const all = charted.flatMap((group) => group.keyResults.map((kr) => ({ kr, view: group.view })));
  const [chosenKey, setChosenKey] = useState<string | undefined>();
  const chosen = all.find((c) => choiceKey(c.view, c.kr) === chosenKey) ?? all[0];
  const model = chosen ? buildTrend(chosen.kr, chosen.view.period, today) : undefined;

  return (
    <section
      aria-labelledby="gadget-kr-trend-heading"
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr)',
        gap: token('space.100'),
        minWidth: 0,
      }}
    >
      <Heading size="xxsmall" as="h4" id="gadget-kr-trend-heading">
        Key result trend
      </Heading>
      {!chosen || !model ? (
        <p style={{ color: token('color.text.subtlest'), margin: 0 }}>
          No key result measured from costs yet.
        </p>
      ) : (
        <>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr)',
              gap: token('space.050'),
            }}
          >
            <Label htmlFor="gadget-kr-choice">Key result</Label>
            <NativeSelect
              id="gadget-kr-choice"
              value={choiceKey(chosen.view, chosen.kr)}
              onChange={(event) => setChosenKey(event.currentTarget.value)}
            >
              {charted
                .filter((group) => group.keyResults.length > 0)
                .map((group) => (
                  <optgroup key={group.view.objective.id} label={group.view.objective.title}>
                    {group.keyResults.map((kr) => (
                      <option key={kr.keyResult.id} value={choiceKey(group.view, kr)}>
                        {kr.keyResult.title}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </NativeSelect>
          </div>
          <KeyResultTrendChart model={model} title={chosen.kr.keyResult.title} />
        </>
      )}
    </section>
  );
}

/** Key result ids are unique within their objective only. */
function choiceKey(view: ObjectiveView, kr: KeyResultView): string {
  return `${view.objective.id}/${kr.keyResult.id}`;
}
