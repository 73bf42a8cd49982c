import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import { useState } from 'react';
import type { KeyboardEvent } from 'react';

import { MAX_CATEGORY_NAME_LENGTH } from '../settings-form';

type Props = {
  readonly categories: readonly CategoryDto[];
  /** A problem with the whole list (none left, too many). */
  readonly listError: string | undefined;
  readonly errors: Readonly<Record<string, string>>;
  readonly onRename: (id: string, name: string) => void;
  readonly onSetRetired: (id: string, retired: boolean) => void;
  readonly onAdd: (name: string) => boolean;
};

/**
 * The project's cost categories: rename, add, and retire (a retired category keeps its
 * history but takes no new entries) or restore. Retired ones are greyed out.
 */
export function CategoriesEditor(props: Props) {
  const { categories, listError, errors, onRename, onSetRetired, onAdd } = props;
  const [newName, setNewName] = useState('');
  const add = () => {
    if (onAdd(newName)) setNewName('');
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds the category instead of submitting the whole settings form.
    event.preventDefault();
    add();
  };

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      {categories.length === 0 && (
        <p style={{ color: token('color.text.subtle') }}>
          No categories yet. Add the first one below.
        </p>
      )}
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 0,
          display: 'grid',
          gap: token('space.100'),
        }}
      >
        {categories.map((category) => (
          <li key={category.id} style={{ opacity: category.retired ? 0.6 : 1 }}>
            <div
              style={{
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'center',
                gap: token('space.100'),
              }}
            >
              <div style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
                <Textfield
                  aria-label={`Category name: ${category.name || 'unnamed'}`}
                  value={category.name}
                  onChange={(e) => onRename(category.id, e.currentTarget.value)}
                  isDisabled={category.retired}
                  isInvalid={errors[category.id] !== undefined}
                  maxLength={MAX_CATEGORY_NAME_LENGTH}
                />
              </div>
              {category.retired && <Lozenge>Retired</Lozenge>}
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onSetRetired(category.id, !category.retired)}
                aria-label={`${category.retired ? 'Restore' : 'Retire'} category ${category.name}`}
              >
                {category.retired ? 'Restore' : 'Retire'}
              </Button>
            </div>
            {errors[category.id] && <ErrorMessage>{errors[category.id]}</ErrorMessage>}
          </li>
        ))}
      </ul>
      {listError && <ErrorMessage>{listError}</ErrorMessage>}
      <div>
        <Label htmlFor="new-category-name">New category</Label>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: token('space.100'),
            alignItems: 'center',
          }}
        >
          <div style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
            <Textfield
              id="new-category-name"
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              onKeyDown={addOnEnter}
              maxLength={MAX_CATEGORY_NAME_LENGTH}
              placeholder="For example Licences"
            />
          </div>
          <Button onClick={add} isDisabled={newName.trim() === ''}>
            Add category
          </Button>
        </div>
      </div>
    </div>
  );
}
