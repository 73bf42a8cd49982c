import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';

import { NativeSelect } from '../../../../common/src/components/NativeSelect';
import { RadioGroup } from '../../../../common/src/components/RadioGroup';
import { errorAt } from '../../objectives/form-errors';
import type { FieldErrors } from '../../objectives/form-errors';
import type { CostKeyResultDraft } from '../../objectives/objective-draft';

import { describedBy, FormField } from './FormField';

type CategoryOption = { readonly label: string; readonly value: string };

type Props = {
  /** Prefix of this key result's element ids and error paths, e.g. `kr-0` / `keyResults.0`. */
  readonly idPrefix: string;
  readonly path: string;
  readonly draft: CostKeyResultDraft;
  readonly categories: readonly CategoryDto[];
  readonly currency: string;
  readonly errors: FieldErrors;
  readonly onChange: (changes: Partial<CostKeyResultDraft>) => void;
};

const KINDS = [
  { value: 'actual', label: 'Actual costs' },
  { value: 'planned', label: 'Planned costs' },
] as const;
const MEASURES = [
  { value: 'total', label: 'Total over the period' },
  { value: 'run-rate', label: 'Monthly run-rate', description: 'Mean of the last complete months' },
] as const;
const TARGETS = [
  { value: 'percent-change', label: 'Change by a percentage' },
  { value: 'amount', label: 'Reach an amount' },
  { value: 'cap', label: 'Stay under a cap' },
] as const;
const BASELINES = [
  { value: 'window', label: 'The months before the period' },
  { value: 'fixed', label: 'A fixed amount' },
] as const;

/**
 * The fields of a cost key result: which costs (categories, actual or planned), how they are
 * measured (total or run-rate), the target (percentage change, amount or cap) and the
 * baseline it starts from (past months or an amount; caps need none).
 */
export function CostKeyResultFields(props: Props) {
  const { idPrefix, path, draft, categories, currency, errors, onChange } = props;
  const id = (name: string) => `${idPrefix}-${name}`;
  const error = (...names: string[]) => errorAt(errors, ...names.map((n) => `${path}.${n}`));
  const options: CategoryOption[] = categories
    .filter((c) => !c.retired || draft.categoryIds.includes(c.id))
    .map((c) => ({ value: c.id, label: c.retired ? `${c.name} (retired)` : c.name }));
  const categoriesError = error('categoryIds');
  const jqlError = error('jql');
  const targetError = error('target');
  const baselineError = error('baseline');

  return (
    <div style={{ display: 'grid', gap: token('space.200') }}>
      <FormField id={id('categories')} label="Cost categories" error={categoriesError}>
        <Select<CategoryOption, true>
          inputId={id('categories')}
          isMulti
          options={options}
          value={options.filter((o) => draft.categoryIds.includes(o.value))}
          onChange={(chosen) => onChange({ categoryIds: chosen.map((o) => o.value) })}
          isInvalid={categoriesError !== undefined}
          placeholder="Choose categories"
          noOptionsMessage={() => 'No more categories'}
          aria-describedby={describedBy(id('categories'), categoriesError)}
        />
      </FormField>
      <FormField
        id={id('jql')}
        label="Only issues matching JQL (optional)"
        error={jqlError}
        helper="Within this project, for example labels = aws. Measured in the background."
      >
        <Textfield
          id={id('jql')}
          value={draft.jql}
          onChange={(e) => onChange({ jql: e.currentTarget.value })}
          isInvalid={jqlError !== undefined}
          aria-describedby={describedBy(id('jql'), jqlError, true)}
          placeholder="Every issue of the project"
        />
      </FormField>
      <div style={GRID}>
        <RadioGroup
          legend="Costs"
          name={id('kind')}
          options={KINDS}
          value={draft.kind}
          onChange={(kind) => onChange({ kind })}
        />
        <div style={{ display: 'grid', gap: token('space.100') }}>
          <RadioGroup
            legend="Measure"
            name={id('measure')}
            options={MEASURES}
            value={draft.measure}
            onChange={(measure) => onChange({ measure })}
          />
          {draft.measure === 'run-rate' && (
            <MonthsField
              id={id('run-rate-months')}
              label="Months in the run-rate"
              value={draft.runRateMonths}
              error={error('measure')}
              onChange={(runRateMonths) => onChange({ runRateMonths })}
            />
          )}
        </div>
      </div>
      <div style={GRID}>
        <div style={{ display: 'grid', gap: token('space.100'), alignContent: 'start' }}>
          <RadioGroup
            legend="Target"
            name={id('target')}
            options={TARGETS}
            value={draft.target}
            onChange={(target) => onChange({ target })}
          />
          {draft.target === 'percent-change' ? (
            <div
              style={{
                display: 'flex',
                gap: token('space.100'),
                alignItems: 'flex-end',
                flexWrap: 'wrap',
              }}
            >
              <FormField id={id('percent-direction')} label="Direction">
                <NativeSelect
                  id={id('percent-direction')}
                  value={draft.percentDirection}
                  onChange={(e) =>
                    onChange({
                      percentDirection:
                        e.currentTarget.value === 'increase' ? 'increase' : 'reduce',
                    })
                  }
                >
                  <option value="reduce">Reduce by</option>
                  <option value="increase">Increase by</option>
                </NativeSelect>
              </FormField>
              <div style={{ flex: '0 1 8rem' }}>
                <FormField id={id('percent')} label="Percent" error={targetError}>
                  <Textfield
                    id={id('percent')}
                    inputMode="decimal"
                    value={draft.percent}
                    onChange={(e) => onChange({ percent: e.currentTarget.value })}
                    elemAfterInput={<Suffix>%</Suffix>}
                    isInvalid={targetError !== undefined}
                    aria-describedby={describedBy(id('percent'), targetError)}
                  />
                </FormField>
              </div>
            </div>
          ) : (
            <AmountField
              id={id('target-amount')}
              label={draft.target === 'cap' ? 'Cap' : 'Target amount'}
              currency={currency}
              value={draft.targetAmount}
              error={targetError}
              helper={draft.measure === 'run-rate' ? 'Per month' : 'Over the whole period'}
              onChange={(targetAmount) => onChange({ targetAmount })}
            />
          )}
        </div>
        {draft.target !== 'cap' && (
          <div style={{ display: 'grid', gap: token('space.100'), alignContent: 'start' }}>
            <RadioGroup
              legend="Baseline"
              name={id('baseline')}
              options={BASELINES}
              value={draft.baseline}
              onChange={(baseline) => onChange({ baseline })}
            />
            {draft.baseline === 'window' ? (
              <MonthsField
                id={id('baseline-months')}
                label="Months before the period"
                value={draft.baselineMonths}
                error={baselineError}
                onChange={(baselineMonths) => onChange({ baselineMonths })}
              />
            ) : (
              <AmountField
                id={id('baseline-amount')}
                label="Baseline amount"
                currency={currency}
                value={draft.baselineAmount}
                error={baselineError}
                helper={
                  draft.measure === 'run-rate' ? 'Per month' : 'Over a period as long as this one'
                }
                onChange={(baselineAmount) => onChange({ baselineAmount })}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

const GRID: React.CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
  gap: token('space.200'),
};

function Suffix({ children }: { readonly children: string }) {
  return (
    <span style={{ paddingInlineEnd: token('space.100'), color: token('color.text.subtle') }}>
      {children}
    </span>
  );
}

function MonthsField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div style={{ maxWidth: '10rem' }}>
      <FormField id={props.id} label={props.label} error={props.error}>
        <Textfield
          id={props.id}
          inputMode="numeric"
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
          elemAfterInput={<Suffix>months</Suffix>}
          isInvalid={props.error !== undefined}
          aria-describedby={describedBy(props.id, props.error)}
        />
      </FormField>
    </div>
  );
}

function AmountField(props: {
  readonly id: string;
  readonly label: string;
  readonly currency: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly helper: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div style={{ maxWidth: '16rem' }}>
      <FormField id={props.id} label={props.label} error={props.error} helper={props.helper}>
        <Textfield
          id={props.id}
          inputMode="decimal"
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
          elemAfterInput={<Suffix>{props.currency}</Suffix>}
          isInvalid={props.error !== undefined}
          aria-describedby={describedBy(props.id, props.error, true)}
        />
      </FormField>
    </div>
  );
}
