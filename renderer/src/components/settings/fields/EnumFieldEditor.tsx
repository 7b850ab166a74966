import { Dropdown, Option } from '@fluentui/react-components';
import type { FieldEditorProps } from './field-props';

export function EnumFieldEditor({ field, value, onChange, inputId }: FieldEditorProps) {
  const options = field.options ?? [];
  const current = options.find((o) => o.value === value);
  return (
    <Dropdown
      id={inputId}
      value={current?.label ?? ''}
      selectedOptions={current ? [current.value] : []}
      placeholder="Choose…"
      onOptionSelect={(_e, d) => d.optionValue !== undefined && onChange(d.optionValue)}
      style={{ minWidth: '16em' }}
    >
      {options.map((o) => (
        <Option key={o.value} value={o.value}>
          {o.label}
        </Option>
      ))}
    </Dropdown>
  );
}
