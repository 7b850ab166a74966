import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { scrollBoxStyle } from './scroll-box-style';

/** The matrix's sizes (px) and styles: one fixed-size cell per pair, sticky user column and endpoint headers. */
export const ROW = 28;
export const CELL = 40;
export const HEADER = 84;
export const USER_COL = 200;

export const useMatrixStyles = makeStyles({
  scroll: {
    ...scrollBoxStyle,
    // The active cell is marked only while the matrix has the focus (keyboard moves).
    ':focus-visible [data-active="true"]': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '0px' },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    height: `${HEADER}px`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    width: `${USER_COL}px`,
    flexShrink: 0,
    display: 'flex',
    alignItems: 'flex-end',
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  colHead: {
    width: `${CELL}px`,
    flexShrink: 0,
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    padding: `${tokens.spacingVerticalXS} 0`,
    boxSizing: 'border-box',
    textAlign: 'left',
    lineHeight: `${CELL}px`,
    fontSize: tokens.fontSizeBase200,
  },
  body: { position: 'relative' },
  row: { position: 'absolute', left: 0, display: 'flex', height: `${ROW}px` },
  user: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: `${USER_COL}px`,
    flexShrink: 0,
    boxSizing: 'border-box',
    padding: `0 ${tokens.spacingHorizontalS}`,
    lineHeight: `${ROW}px`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    width: `${CELL - 4}px`,
    height: `${ROW - 4}px`,
    margin: '2px',
    boxSizing: 'border-box',
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    borderRadius: tokens.borderRadiusSmall,
    textAlign: 'center',
    lineHeight: `${ROW - 6}px`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
  },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorNeutralForeground1}` },
  hint: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});
