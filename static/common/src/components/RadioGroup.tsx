import { token } from '@atlaskit/tokens';
import { useId } from 'react';

export type RadioOption<V extends string> = {
  readonly value: V;
  readonly label: string;
  readonly description?: string;
};

type Props<V extends string> = {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly RadioOption<V>[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly isDisabled?: boolean;
  readonly 'aria-describedby'?: string;
};

/**
 * A native radio group in a fieldset: arrow keys move between options as browsers do, and the
 * colours come from design tokens. Used where Atlaskit's Radio package is not installed.
 */
export function RadioGroup<V extends string>(props: Props<V>) {
  const { legend, name, options, value, onChange, isDisabled = false } = props;
  const baseId = useId();

  return (
    <fieldset
      aria-describedby={props['aria-describedby']}
      style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}
    >
      <legend
        style={{
          padding: 0,
          marginBottom: token('space.050'),
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
        }}
      >
        {legend}
      </legend>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: token('space.200'),
          rowGap: token('space.050'),
        }}
      >
        {options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <label
              key={option.value}
              htmlFor={id}
              style={{
                display: 'inline-flex',
                alignItems: 'flex-start',
                gap: token('space.075'),
                color: token('color.text'),
              }}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={isDisabled}
                onChange={() => onChange(option.value)}
                style={{
                  accentColor: token('color.background.selected.bold'),
                  margin: `${token('space.025')} 0 0`,
                }}
              />
              <span>
                {option.label}
                {option.description && (
                  <span
                    style={{
                      display: 'block',
                      color: token('color.text.subtlest'),
                      font: token('font.body.small'),
                    }}
                  >
                    {option.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
