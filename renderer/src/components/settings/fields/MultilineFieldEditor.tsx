import { Textarea, tokens } from '@fluentui/react-components';
import type { FieldEditorProps } from './field-props';

/** Keys, certificates and known_hosts lines: monospace, never wrapped, never spell-checked. */
export function MultilineFieldEditor({ field, value, onChange, inputId }: FieldEditorProps) {
  return (
    <Textarea
      id={inputId}
      value={typeof value === 'string' ? value : ''}
      placeholder={field.placeholder}
      onChange={(_e, d) => onChange(d.value)}
      resize="vertical"
      spellCheck={false}
      textarea={{
        style: {
          fontFamily: tokens.fontFamilyMonospace,
          fontSize: tokens.fontSizeBase200,
          whiteSpace: 'pre',
          minHeight: '6em',
        },
      }}
    />
  );
}
