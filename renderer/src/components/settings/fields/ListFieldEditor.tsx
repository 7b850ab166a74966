import { Button, Input, makeStyles, Tag, TagGroup, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FieldEditorProps } from './field-props';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

/** A list as tags: type and press Enter (or a comma) to add, the tag's × to remove. */
export function ListFieldEditor({ field, value, onChange, inputId }: FieldEditorProps) {
  const styles = useStyles();
  const items = Array.isArray(value) ? value : [];
  const [text, setText] = useState('');
  const add = () => {
    const parts = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    onChange([...items, ...parts.filter((p) => !items.includes(p))]);
    setText('');
  };
  return (
    <div>
      <div className={styles.row}>
        <Input
          id={inputId}
          value={text}
          placeholder={field.placeholder ?? 'Type a value and press Enter'}
          onChange={(_e, d) => setText(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button icon={<AddRegular />} onClick={add} disabled={text.trim() === ''} aria-label={`Add to ${field.label}`}>
          Add
        </Button>
      </div>
      {items.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={field.label}
          onDismiss={(_e, d) => onChange(items.filter((i) => i !== d.value))}
        >
          {items.map((item) => (
            <Tag key={item} value={item} dismissible dismissIcon={{ 'aria-label': `Remove ${item}` }} size="small">
              {item}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
    </div>
  );
}
