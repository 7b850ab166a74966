import { Badge, Button, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { LockClosedRegular, LockOpenRegular } from '@fluentui/react-icons';
import { emptySecretDraft, isSecretDraft, keepsStoredSecret } from '../../../../../shared/plugin/secret-values';
import type { FieldEditorProps } from './field-props';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1 },
});

/**
 * A secret is never shown: a stored one appears as "stored" and can only be replaced or cleared.
 * What the admin types here goes to the core on Save or Test and is sealed there.
 * `retypeFor` names a changed guard field (e.g. Endpoint URL): the stored secret may not go there,
 * so the editor drops its "stored" state until the admin types the secret or undoes the change.
 */
export function SecretFieldEditor({
  field,
  value,
  onChange,
  inputId,
  retypeFor = null,
}: FieldEditorProps & { retypeFor?: string | null }) {
  const styles = useStyles();
  const draft = isSecretDraft(value) ? value : emptySecretDraft();
  const keptAsStored = keepsStoredSecret(draft);
  const storedAndKept = keptAsStored && !retypeFor;
  const placeholder = storedAndKept
    ? 'Stored — type to replace'
    : keptAsStored
      ? `Type it again for the new ${retypeFor}`
      : draft.cleared
        ? 'Will be cleared on Save'
        : (field.placeholder ?? '');
  const update = (replacement: string) => onChange({ ...draft, replacement, cleared: false });
  return (
    <div className={styles.row}>
      {field.multiline ? (
        <Textarea
          id={inputId}
          className={styles.grow}
          value={draft.replacement}
          placeholder={placeholder}
          onChange={(_e, d) => update(d.value)}
          resize="vertical"
          spellCheck={false}
          textarea={{
            style: {
              fontFamily: tokens.fontFamilyMonospace,
              fontSize: tokens.fontSizeBase200,
              whiteSpace: 'pre',
              minHeight: '5em',
            },
            autoComplete: 'off',
          }}
        />
      ) : (
        <Input
          id={inputId}
          className={styles.grow}
          type="password"
          value={draft.replacement}
          placeholder={placeholder}
          onChange={(_e, d) => update(d.value)}
          autoComplete="new-password"
        />
      )}
      {storedAndKept ? (
        <Badge appearance="tint" color="success" icon={<LockClosedRegular />} data-testid={`stored-${field.key}`}>
          stored
        </Badge>
      ) : keptAsStored ? (
        <Badge appearance="tint" color="warning" icon={<LockOpenRegular />} data-testid={`retype-${field.key}`}>
          type again
        </Badge>
      ) : null}
      {draft.stored && !draft.cleared && !field.required ? (
        <Button size="small" appearance="subtle" onClick={() => onChange({ ...draft, replacement: '', cleared: true })}>
          Clear
        </Button>
      ) : null}
      {draft.replacement !== '' || draft.cleared ? (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onChange({ ...draft, replacement: '', cleared: false })}
        >
          {draft.stored ? 'Keep stored' : 'Undo'}
        </Button>
      ) : null}
    </div>
  );
}
