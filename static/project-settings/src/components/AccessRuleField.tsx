import { ErrorMessage, Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { token } from '@atlaskit/tokens';
import type { AccessRuleDto } from '@shared/contract';

import { RadioGroup } from '../../../common/src/components/RadioGroup';

type RoleOption = { readonly label: string; readonly value: string };

type Props = {
  readonly id: string;
  readonly legend: string;
  /** What the Jira-permission choice means, in words ("Everyone who can browse the project"). */
  readonly permissionLabel: string;
  readonly rule: AccessRuleDto;
  readonly roles: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly error: string | undefined;
  readonly onChange: (rule: AccessRuleDto) => void;
};

/** Who may view or edit costs: the Jira permission (default) or only some project roles. */
export function AccessRuleField({
  id,
  legend,
  permissionLabel,
  rule,
  roles,
  error,
  onChange,
}: Props) {
  const options: RoleOption[] = roles.map((role) => ({ value: role.id, label: role.name }));
  const selectedIds = rule.type === 'roles' ? rule.roleIds : [];

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <RadioGroup<AccessRuleDto['type']>
        legend={legend}
        name={id}
        value={rule.type}
        options={[
          { value: 'jira-permission', label: permissionLabel },
          { value: 'roles', label: 'Only members of these project roles' },
        ]}
        onChange={(type) =>
          onChange(type === 'roles' ? { type, roleIds: selectedIds } : { type: 'jira-permission' })
        }
      />
      {rule.type === 'roles' && (
        <div style={{ maxWidth: '32rem' }}>
          <Label htmlFor={`${id}-roles`}>Project roles</Label>
          <Select<RoleOption, true>
            inputId={`${id}-roles`}
            isMulti
            options={options}
            value={options.filter((o) => selectedIds.includes(o.value))}
            onChange={(chosen) => onChange({ type: 'roles', roleIds: chosen.map((o) => o.value) })}
            isInvalid={error !== undefined}
            placeholder="Choose roles"
            noOptionsMessage={() => 'This project has no roles'}
          />
        </div>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
}
