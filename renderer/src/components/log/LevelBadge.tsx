import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LogLevelName } from '../../../../shared/ipc/responses';

const useStyles = makeStyles({
  badge: {
    display: 'inline-block',
    boxSizing: 'border-box',
    minWidth: '48px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: '16px',
    textAlign: 'center',
    letterSpacing: '0.02em',
  },
  debug: { color: tokens.colorNeutralForeground3, border: `1px solid ${tokens.colorNeutralStroke2}` },
  info: { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground6 },
  warn: { color: tokens.colorPaletteMarigoldForeground2, backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  error: { color: tokens.colorNeutralForegroundStaticInverted, backgroundColor: tokens.colorPaletteRedBackground3 },
});

/**
 * The level of an entry as a small coloured badge: debug grey, info neutral, warn amber, error red.
 * Spelled exactly as Configurator.log, the CLI's `log` and the level filter spell it (`warn`).
 */
export function LevelBadge({ level }: { level: LogLevelName }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[level])} data-level-badge={level}>
      {level}
    </span>
  );
}
