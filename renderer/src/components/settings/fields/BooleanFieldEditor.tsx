import { Switch } from '@fluentui/react-components';
import type { FieldEditorProps } from './field-props';

export function BooleanFieldEditor({ value, onChange, inputId }: FieldEditorProps) {
  const checked = value === true;
  return (
    <Switch id={inputId} checked={checked} label={checked ? 'Yes' : 'No'} onChange={(_e, d) => onChange(d.checked)} />
  );
}
