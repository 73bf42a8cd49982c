import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';

import { KEY_RESULT_TEMPLATES } from '../../objectives/key-result-templates';
import type { TemplateKey } from '../../objectives/key-result-templates';

type Props = {
  readonly isDisabled: boolean;
  readonly onAddCost: () => void;
  readonly onAddManual: () => void;
  readonly onAddTemplate: (key: TemplateKey) => void;
};

/** Adds a key result: blank (from costs or manual), or from one of the typical cost templates. */
export function AddKeyResult({ isDisabled, onAddCost, onAddManual, onAddTemplate }: Props) {
  return (
    <div style={{ display: 'grid', gap: token('space.150') }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100') }}>
        <Button onClick={onAddCost} isDisabled={isDisabled}>
          Add cost key result
        </Button>
        <Button onClick={onAddManual} isDisabled={isDisabled}>
          Add manual key result
        </Button>
      </div>
      <div
        role="group"
        aria-labelledby="kr-templates-label"
        style={{ display: 'grid', gap: token('space.075') }}
      >
        <span
          id="kr-templates-label"
          style={{
            font: token('font.body.small'),
            fontWeight: token('font.weight.semibold'),
            color: token('color.text.subtle'),
          }}
        >
          Or start from a template
        </span>
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))',
            gap: token('space.100'),
          }}
        >
          {KEY_RESULT_TEMPLATES.map((template) => (
            <li key={template.key} style={{ margin: 0 }}>
              <button
                type="button"
                disabled={isDisabled}
                onClick={() => onAddTemplate(template.key)}
                aria-label={template.label}
                aria-describedby={`kr-template-${template.key}`}
                style={{
                  width: '100%',
                  height: '100%',
                  textAlign: 'start',
                  padding: token('space.150'),
                  border: `${token('border.width')} solid ${token('color.border')}`,
                  borderRadius: token('radius.medium'),
                  backgroundColor: token('elevation.surface.raised'),
                  boxShadow: token('elevation.shadow.raised'),
                  color: token('color.text'),
                  font: token('font.body'),
                  cursor: isDisabled ? 'not-allowed' : 'pointer',
                }}
              >
                <span style={{ display: 'block', fontWeight: token('font.weight.semibold') }}>
                  {template.label}
                </span>
                <span
                  id={`kr-template-${template.key}`}
                  style={{
                    display: 'block',
                    color: token('color.text.subtle'),
                    font: token('font.body.small'),
                  }}
                >
                  {template.description}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
