import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { ConfirmDialog } from '../dialog/ConfirmDialog';

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  icon: { color: tokens.colorStatusWarningForeground1, fontSize: '24px', flexShrink: 0 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    maxHeight: '40vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    // Option names and values have no spaces to break at.
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * Asks before a settings file with warnings fills the form: each warning on its own line (with its
 * ini line and any "did you mean"), then Apply anyway or Cancel. Cancel, Escape and closing leave
 * the form as it was.
 */
export function SettingsFileWarningsDialog({
  pending,
  onApply,
  onCancel,
}: {
  pending: { fileName: string; warnings: string[] } | null;
  onApply(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const count = pending?.warnings.length ?? 0;
  return (
    <ConfirmDialog
      open={pending !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={
        <>
          <WarningRegular className={styles.icon} aria-hidden />
          Import {pending?.fileName} with {count === 1 ? '1 warning' : `${count} warnings`}?
        </>
      }
      titleClassName={styles.title}
      describedBy="settings-file-warnings-intro"
      surfaceTestId="settings-file-warnings"
      contentClassName={styles.content}
      actions={
        <>
          <Button appearance="primary" onClick={onApply}>
            Apply anyway
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </>
      }
    >
      <Text block id="settings-file-warnings-intro">
        Nothing has been filled in yet. Check each warning: an option that is not imported may be a mistyped name.
      </Text>
      {/* Focusable so the keyboard can scroll a long list. */}
      <ul className={styles.list} aria-label="Warnings" tabIndex={0} data-testid="settings-file-warning-list">
        {pending?.warnings.map((w, i) => (
          <li key={i}>
            <Text>{w}</Text>
          </li>
        ))}
      </ul>
      <Text block size={200}>
        Apply anyway fills the form with the file's values (nothing is saved until you press Save). Cancel leaves the
        form unchanged.
      </Text>
    </ConfirmDialog>
  );
}
