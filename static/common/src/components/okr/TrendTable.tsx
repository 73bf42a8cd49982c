import type { TrendModel } from '../../okr/trend-model';
import type { TrendTextFormat } from '../../okr/trend-text';
import { VisuallyHidden } from '../VisuallyHidden';

/** The figures behind a trend chart as a table, for screen readers. */
export function TrendTable({
  model,
  title,
  format,
}: {
  readonly model: TrendModel;
  readonly title: string;
  readonly format: TrendTextFormat;
}) {
  const cumulative = model.mode === 'cumulative';
  const cell = (value: number | undefined) => (value === undefined ? '—' : format.money(value));

  return (
    <VisuallyHidden as="div">
      <table>
        <caption>{`${title}: costs per month`}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Costs</th>
            {cumulative && <th scope="col">Total to date</th>}
            <th scope="col">Forecast</th>
          </tr>
        </thead>
        <tbody>
          {model.points.map((point) => (
            <tr key={point.month}>
              <th scope="row">
                {format.monthLong(point.month) +
                  (point.inBaselineWindow ? ' (baseline window)' : '')}
              </th>
              <td>{cell(point.recordedMinor)}</td>
              {cumulative && <td>{cell(point.actual)}</td>}
              <td>{point.projectedMinor === undefined ? '—' : cell(point.forecast)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
