import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import type {
  FocusMappingDto,
  FocusRuleDto,
  FocusRuleField,
  FocusTargetDto,
} from '@shared/focus-contract';
import type { CSSProperties } from 'react';

type Props = {
  readonly draft: FocusMappingDto;
  readonly categories: readonly CategoryDto[];
  readonly projectKey: string;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly onChange: (draft: FocusMappingDto) => void;
  readonly onSave: () => void;
};

const FIELDS: ReadonlyArray<{ value: FocusRuleField; label: string }> = [
  { value: 'tag', label: 'Tag' },
  { value: 'ServiceCategory', label: 'ServiceCategory' },
  { value: 'ServiceName', label: 'ServiceName' },
  { value: 'SubAccountName', label: 'SubAccountName' },
];

export const fieldStyle: CSSProperties = {
  font: 'inherit',
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: token('space.050'),
  minWidth: 0,
};

/**
 * The cost basis, the rules (first match wins, in this order) and the default issue of the FOCUS
 * import. Rule values compare trimmed and ignoring case.
 */
export function FocusMappingEditor(props: Props) {
  const { draft, categories, projectKey, dirty, saving, onChange, onSave } = props;
  const active = categories.filter((c) => !c.retired);
  const setRule = (index: number, rule: FocusRuleDto) =>
    onChange({ ...draft, rules: draft.rules.map((r, i) => (i === index ? rule : r)) });
  const move = (index: number, by: number) => {
    const rules = [...draft.rules];
    const [rule] = rules.splice(index, 1);
    if (rule) rules.splice(index + by, 0, rule);
    onChange({ ...draft, rules });
  };
  const addRule = () =>
    onChange({
      ...draft,
      rules: [
        ...draft.rules,
        {
          id: `rule-${Date.now().toString(36)}`,
          field: 'ServiceCategory',
          value: '',
          categoryId: active[0]?.id ?? '',
          issueKey: '',
        },
      ],
    });

  return (
    <section
      aria-labelledby="focus-mapping-heading"
      style={{ display: 'grid', gap: token('space.150') }}
    >
      <Heading size="small" as="h3" id="focus-mapping-heading">
        Mapping
      </Heading>
      <fieldset
        style={{ border: 'none', padding: 0, margin: 0, display: 'flex', gap: token('space.200') }}
      >
        <legend style={{ paddingBottom: token('space.050') }}>Cost basis</legend>
        {(['BilledCost', 'EffectiveCost'] as const).map((basis) => (
          <label key={basis} style={{ display: 'flex', gap: token('space.050') }}>
            <input
              type="radio"
              name="focus-cost-basis"
              value={basis}
              checked={draft.costBasis === basis}
              onChange={() => onChange({ ...draft, costBasis: basis })}
            />
            {basis === 'BilledCost'
              ? 'BilledCost (what the invoice says)'
              : 'EffectiveCost (commitments amortized)'}
          </label>
        ))}
      </fieldset>
      {draft.rules.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          No rules yet. Without rules, every row goes to the default issue.
        </p>
      ) : (
        <ol
          aria-label="Rules, first match wins"
          style={{
            display: 'grid',
            gap: token('space.100'),
            paddingInlineStart: token('space.250'),
            margin: 0,
          }}
        >
          {draft.rules.map((rule, index) => (
            <li key={rule.id}>
              <RuleRow
                rule={rule}
                index={index}
                count={draft.rules.length}
                categories={active}
                projectKey={projectKey}
                onChange={(next) => setRule(index, next)}
                onMove={(by) => move(index, by)}
                onRemove={() =>
                  onChange({ ...draft, rules: draft.rules.filter((_, i) => i !== index) })
                }
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button onClick={addRule}>Add rule</Button>
      </div>
      <DefaultTarget
        target={draft.defaultTarget}
        categories={active}
        projectKey={projectKey}
        onChange={(defaultTarget) => {
          const { defaultTarget: _old, ...rest } = draft;
          onChange(defaultTarget ? { ...rest, defaultTarget } : rest);
        }}
      />
      <div>
        <Button
          appearance="primary"
          onClick={onSave}
          isDisabled={!dirty || saving}
          isLoading={saving}
        >
          Save mapping
        </Button>
      </div>
    </section>
  );
}

function RuleRow(props: {
  readonly rule: FocusRuleDto;
  readonly index: number;
  readonly count: number;
  readonly categories: readonly CategoryDto[];
  readonly projectKey: string;
  readonly onChange: (rule: FocusRuleDto) => void;
  readonly onMove: (by: number) => void;
  readonly onRemove: () => void;
}) {
  const { rule, index, count, categories, projectKey, onChange, onMove, onRemove } = props;
  const n = index + 1;
  const setField = (field: FocusRuleField) => {
    const { tagKey: _tagKey, ...rest } = rule;
    onChange(field === 'tag' ? { ...rest, field, tagKey: rule.tagKey ?? '' } : { ...rest, field });
  };

  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}
    >
      <select
        aria-label={`Rule ${n}: column`}
        style={fieldStyle}
        value={rule.field}
        onChange={(e) => setField(e.target.value as FocusRuleField)}
      >
        {FIELDS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      {rule.field === 'tag' && (
        <input
          aria-label={`Rule ${n}: tag key`}
          placeholder="tag key, e.g. application"
          style={fieldStyle}
          value={rule.tagKey ?? ''}
          onChange={(e) => onChange({ ...rule, tagKey: e.target.value })}
        />
      )}
      <span aria-hidden>=</span>
      <input
        aria-label={`Rule ${n}: value`}
        placeholder="value"
        style={fieldStyle}
        value={rule.value}
        onChange={(e) => onChange({ ...rule, value: e.target.value })}
      />
      <span aria-hidden>→</span>
      <TargetFields
        target={rule}
        label={`Rule ${n}`}
        categories={categories}
        projectKey={projectKey}
        onChange={(t) => onChange({ ...rule, ...t })}
      />
      <Button onClick={() => onMove(-1)} isDisabled={index === 0} aria-label={`Move rule ${n} up`}>
        Up
      </Button>
      <Button
        onClick={() => onMove(1)}
        isDisabled={index === count - 1}
        aria-label={`Move rule ${n} down`}
      >
        Down
      </Button>
      <Button appearance="subtle" onClick={onRemove} aria-label={`Remove rule ${n}`}>
        Remove
      </Button>
    </div>
  );
}

function TargetFields(props: {
  readonly target: FocusTargetDto;
  readonly label: string;
  readonly categories: readonly CategoryDto[];
  readonly projectKey: string;
  readonly onChange: (target: FocusTargetDto) => void;
}) {
  const { target, label, categories, projectKey, onChange } = props;

  return (
    <>
      <select
        aria-label={`${label}: category`}
        style={fieldStyle}
        value={target.categoryId}
        onChange={(e) => onChange({ ...target, categoryId: e.target.value })}
      >
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <input
        aria-label={`${label}: issue key`}
        placeholder={`${projectKey || 'KEY'}-1`}
        style={{ ...fieldStyle, width: '8rem' }}
        value={target.issueKey}
        onChange={(e) => onChange({ ...target, issueKey: e.target.value.trim().toUpperCase() })}
      />
    </>
  );
}

function DefaultTarget(props: {
  readonly target: FocusTargetDto | undefined;
  readonly categories: readonly CategoryDto[];
  readonly projectKey: string;
  readonly onChange: (target: FocusTargetDto | undefined) => void;
}) {
  const { target, categories, projectKey, onChange } = props;

  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}
    >
      <label style={{ display: 'flex', gap: token('space.050') }}>
        <input
          type="checkbox"
          checked={target !== undefined}
          onChange={(e) =>
            onChange(
              e.target.checked ? { categoryId: categories[0]?.id ?? '', issueKey: '' } : undefined,
            )
          }
        />
        Send rows no rule matches to a default issue
      </label>
      {target && (
        <TargetFields
          target={target}
          label="Default"
          categories={categories}
          projectKey={projectKey}
          onChange={onChange}
        />
      )}
    </div>
  );
}
