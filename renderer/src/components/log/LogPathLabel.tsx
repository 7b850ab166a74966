import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { writeClipboard } from '../../api/clipboard';

const useStyles = makeStyles({
  wrap: {
    display: 'flex',
    alignItems: 'center',
    // Gives way before the toolbar's buttons (a large shrink factor): the path is whole in its
    // tooltip and its Copy button, a button in "More actions" is one step further away.
    flex: '0 100 240px',
    minWidth: '60px',
    gap: tokens.spacingHorizontalXXS,
  },
  // Cut at the end when the toolbar is narrow, never at the start: the drive and folder are what
  // an admin must type to find the file. The whole path is in the tooltip and is copied whole.
  path: {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** Where Configurator.log is: the path (tooltip with all of it, also on keyboard focus) and Copy path. */
export function LogPathLabel({ path }: { path: string | null }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  if (!path) return <span className={styles.wrap} />;
  const copy = async () => {
    await writeClipboard(path);
    setCopied(true);
  };
  return (
    <span className={styles.wrap}>
      <Tooltip content={path} relationship="description">
        <Text size={200} className={styles.path} tabIndex={0} data-testid="log-path">
          {path}
        </Text>
      </Tooltip>
      <Tooltip
        content={copied ? 'Log path copied' : 'Copy log path'}
        relationship="label"
        onVisibleChange={() => setCopied(false)}
      >
        <Button
          size="small"
          appearance="subtle"
          icon={<CopyRegular />}
          onClick={() => void copy().catch(() => setCopied(false))}
          data-testid="log-path-copy"
        />
      </Tooltip>
    </span>
  );
}
