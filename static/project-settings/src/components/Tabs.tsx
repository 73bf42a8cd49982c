import { token } from '@atlaskit/tokens';
import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export type Tab<K extends string> = { readonly key: K; readonly label: string };

type Props<K extends string> = {
  readonly label: string;
  readonly tabs: readonly Tab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly children: ReactNode;
};

/**
 * Tabs in the WAI-ARIA pattern: a tablist of buttons (arrow keys, Home and End move between
 * them, only the selected one is in the tab order) and one tabpanel for the selected tab.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: Props<K>) {
  const baseId = useId();
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${baseId}-tab-${key}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.key === selected);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = tabs[targets[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    onSelect(target.key);
    buttons.current.get(target.key)?.focus();
  };

  return (
    // minWidth 0: as a grid item the tabs would otherwise be as wide as the whole strip.
    <div style={{ minWidth: 0 }}>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        style={{
          display: 'flex',
          gap: token('space.100'),
          // On a narrow page the strip scrolls sideways rather than widening the page.
          overflowX: 'auto',
          borderBottom: `${token('border.width.selected')} solid ${token('color.border')}`,
          marginBottom: token('space.300'),
        }}
      >
        {tabs.map((tab) => {
          const isSelected = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                if (el) buttons.current.set(tab.key, el);
              }}
              id={tabId(tab.key)}
              type="button"
              role="tab"
              aria-selected={isSelected}
              aria-controls={panelId}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.key)}
              style={{
                padding: `${token('space.075')} ${token('space.100')}`,
                marginBottom: `calc(-1 * ${token('border.width.selected')})`,
                border: 0,
                borderBottom: `${token('border.width.selected')} solid ${
                  isSelected ? token('color.border.selected') : 'transparent'
                }`,
                background: 'none',
                cursor: 'pointer',
                whiteSpace: 'nowrap',
                font: token('font.body'),
                fontWeight: token('font.weight.medium'),
                color: isSelected ? token('color.text.selected') : token('color.text.subtle'),
              }}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
