import { Field, Text, makeStyles, tokens, type LabelProps } from '@fluentui/react-components';
import { useState, type ElementType } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import type { SettingField } from '../../../../shared/plugin/settings-schema';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { emptySecretDraft, isSecretDraft } from '../../../../shared/plugin/secret-values';
import { movedGuard } from '../../stores/settings-draft/draft-fields';
import { FieldActionButton } from './FieldActionButton';
import { BooleanFieldEditor } from './fields/BooleanFieldEditor';
import { EnumFieldEditor } from './fields/EnumFieldEditor';
import { ListFieldEditor } from './fields/ListFieldEditor';
import { MultilineFieldEditor } from './fields/MultilineFieldEditor';
import { NumberFieldEditor } from './fields/NumberFieldEditor';
import { SecretFieldEditor } from './fields/SecretFieldEditor';
import { TextFieldEditor } from './fields/TextFieldEditor';
import { HelpText } from './HelpText';
import { LoadFromFileButton } from './LoadFromFileButton';

const useStyles = makeStyles({
  extras: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  caption: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** One setting: label, required marker, help text, the editor for its type, its error and its buttons. */
export function FieldRow({ pluginId, field }: { pluginId: string; field: SettingField }) {
  const styles = useStyles();
  const value = useSettingsDraftStore((s) => s.values[field.key]);
  const error = useSettingsDraftStore((s) => s.errors[field.key]);
  const checkError = useSettingsDraftStore((s) => s.checkErrors[field.key]);
  const numberText = useSettingsDraftStore((s) => s.numberText[field.key] ?? '');
  const setValue = useSettingsDraftStore((s) => s.setValue);
  const setNumberText = useSettingsDraftStore((s) => s.setNumberText);
  // A changed guard field (e.g. Endpoint URL) means a stored secret must be typed again.
  const retypeFor = useSettingsDraftStore((s) => (field.type === 'secret' ? (movedGuard(s)?.label ?? null) : null));
  const [fileError, setFileError] = useState<string | null>(null);
  const inputId = `setting-${field.key}`;
  const props = {
    field,
    value,
    onChange: (v: Parameters<typeof setValue>[1]) => setValue(field.key, v),
    inputId,
    invalid: Boolean(error ?? checkError),
  };
  const editor = (() => {
    switch (field.type) {
      case 'secret':
        return <SecretFieldEditor {...props} retypeFor={retypeFor} />;
      case 'boolean':
        return <BooleanFieldEditor {...props} />;
      case 'enum':
        return <EnumFieldEditor {...props} />;
      case 'list':
        return <ListFieldEditor {...props} />;
      case 'multiline':
        return <MultilineFieldEditor {...props} />;
      case 'number':
        return (
          <NumberFieldEditor
            field={field}
            text={numberText}
            onText={(t) => setNumberText(field.key, t)}
            inputId={inputId}
          />
        );
      case 'string':
        return <TextFieldEditor {...props} />;
      default:
        return assertNever(field.type, 'field type');
    }
  })();
  const takesFile = field.type === 'multiline' || (field.type === 'secret' && field.multiline);
  // The schema's message first; the plugin's check speaks once the value has the right shape.
  const message = error ?? checkError ?? fileError ?? undefined;
  return (
    <Field
      label={
        field.caption
          ? {
              htmlFor: inputId,
              // The caption (e.g. TPAM's SPS ini key) sits under the label, outside it: not part of the field's name.
              children: (Label: ElementType<LabelProps>, props: LabelProps) => (
                <>
                  <Label {...props}>{field.label}</Label>
                  <Text className={styles.caption} data-testid={`caption-${field.key}`}>
                    {field.caption}
                  </Text>
                </>
              ),
            }
          : { children: field.label, htmlFor: inputId }
      }
      required={field.required}
      hint={<HelpText text={field.description} />}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
      data-testid={`field-${field.key}`}
    >
      {editor}
      {takesFile || field.actions?.length ? (
        <div className={styles.extras}>
          {takesFile ? (
            <LoadFromFileButton
              label={field.label}
              onError={setFileError}
              onLoaded={(text) => {
                setFileError(null);
                setValue(
                  field.key,
                  field.type === 'secret'
                    ? { ...(isSecretDraft(value) ? value : emptySecretDraft()), replacement: text, cleared: false }
                    : text,
                );
              }}
            />
          ) : null}
          {field.actions?.map((action) => (
            <FieldActionButton key={action.id} pluginId={pluginId} field={field} action={action} />
          ))}
        </div>
      ) : null}
    </Field>
  );
}
