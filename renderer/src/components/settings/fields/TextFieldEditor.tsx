import { Input } from '@fluentui/react-components';
import type { FieldEditorProps } from './field-props';

export function TextFieldEditor({ field, value, onChange, inputId }: FieldEditorProps) {
  return (
    <Input
      id={inputId}
      value={typeof value === 'string' ? value : ''}
      placeholder={field.placeholder}
      onChange={(_e, d) => onChange(d.value)}
      spellCheck={false}
      autoComplete="off"
    />
  );
}
