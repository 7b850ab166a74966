import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { LogLine } from '../../../../shared/ipc/responses';
import { LevelBadge } from './LevelBadge';
import { ROW_HEIGHT } from './row-layout';

/** The four columns' widths, shared by the header and the rows. */
export const useColumnStyles = makeStyles({
  time: { flex: '0 0 198px', boxSizing: 'border-box', paddingLeft: tokens.spacingHorizontalM },
  level: { flex: '0 0 62px', boxSizing: 'border-box' },
  scope: {
    flex: '0 0 130px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    paddingRight: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
  },
  message: {
    flex: '1 1 0',
    minWidth: 0,
    display: 'flex',
    alignItems: 'flex-start',
    paddingRight: tokens.spacingHorizontalM,
  },
});

const useStyles = makeStyles({
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    display: 'flex',
    alignItems: 'flex-start',
    boxSizing: 'border-box',
    lineHeight: `${ROW_HEIGHT}px`,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    cursor: 'default',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  time: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  levelCell: { display: 'flex', alignItems: 'flex-start', paddingTop: '3px' },
  scope: { color: tokens.colorNeutralForeground2 },
  text: {
    fontFamily: tokens.fontFamilyMonospace,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'pre',
    minWidth: 0,
  },
  debugText: { color: tokens.colorNeutralForeground3 },
  warnText: { color: tokens.colorPaletteMarigoldForeground2 },
  // Foreground3: Foreground1 is 4.2:1 on the dark theme's grid, under the 4.5:1 of WCAG AA.
  errorText: { color: tokens.colorStatusDangerForeground3 },
  toggle: {
    flex: '0 0 auto',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '18px',
    height: `${ROW_HEIGHT - 4}px`,
    margin: '2px 4px 0 0',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    background: 'none',
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  spacer: { flex: '0 0 22px' },
  more: {
    flex: '0 0 auto',
    marginLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
});

export interface LogRowProps {
  line: LogLine;
  /** aria-rowindex: 1 is the header. */
  rowIndex: number;
  topPx: number;
  heightPx: number;
  selected: boolean;
  active: boolean;
  expanded: boolean;
  id: string;
}

/** One entry of the log list: time, level, scope, message (first line, or all of it when expanded). */
export const LogRow = memo(function LogRow({
  line,
  rowIndex,
  topPx,
  heightPx,
  selected,
  active,
  expanded,
  id,
}: LogRowProps) {
  const styles = useStyles();
  const cols = useColumnStyles();
  const newline = line.message.indexOf('\n');
  const multiLine = newline !== -1;
  const more = multiLine ? line.message.split('\n').length - 1 : 0;
  // Continuation lines indented as in the file, so a stack trace reads as one.
  const text = !multiLine
    ? line.message
    : expanded
      ? line.message.replace(/\n/g, '\n    ')
      : line.message.slice(0, newline);
  const textClass =
    line.level === 'debug'
      ? styles.debugText
      : line.level === 'warn'
        ? styles.warnText
        : line.level === 'error'
          ? styles.errorText
          : undefined;
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-offset={line.offset}
      data-level={line.level}
      data-active={active || undefined}
      className={mergeClasses(styles.row, selected && styles.selected)}
      style={{ transform: `translateY(${topPx}px)`, height: heightPx }}
    >
      <div role="gridcell" className={mergeClasses(cols.time, styles.time)}>
        {line.time}
      </div>
      <div role="gridcell" className={mergeClasses(cols.level, styles.levelCell)}>
        <LevelBadge level={line.level} />
      </div>
      <div role="gridcell" className={mergeClasses(cols.scope, styles.scope)} title={line.scope}>
        {line.scope}
      </div>
      <div
        role="gridcell"
        className={cols.message}
        title={line.message.length <= 4000 ? line.message : `${line.message.slice(0, 4000)}…`}
      >
        {multiLine ? (
          <button
            type="button"
            tabIndex={-1}
            className={styles.toggle}
            data-action="toggle-expand"
            aria-expanded={expanded}
            aria-label={expanded ? 'Collapse the continuation lines' : `Show ${more} more line${more === 1 ? '' : 's'}`}
          >
            {expanded ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
          </button>
        ) : (
          <span className={styles.spacer} aria-hidden />
        )}
        <span className={mergeClasses(styles.text, textClass)}>{text}</span>
        {multiLine && !expanded ? (
          <span className={styles.more}>
            +{more} line{more === 1 ? '' : 's'}
          </span>
        ) : null}
      </div>
    </div>
  );
});
