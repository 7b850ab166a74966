import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { SortKey } from '../../stores/review/review-results';
import { scrollBoxStyle } from './scroll-box-style';

/** The results table's columns, sizes (px) and styles: one fixed-height row per pair. */
export const ROW = 30;
export const HEADER = 32;
export const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'index', label: '#', width: '56px' },
  { key: 'user', label: 'User', width: 'minmax(120px, 2fr)' },
  { key: 'endpoint', label: 'Endpoint', width: 'minmax(110px, 2fr)' },
  { key: 'status', label: 'Outcome', width: '150px' },
  { key: 'credentials', label: 'Credentials', width: '96px' },
  { key: 'ms', label: 'Time', width: '72px' },
];
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

export const useTableStyles = makeStyles({
  scroll: scrollBoxStyle,
  header: { position: 'sticky', top: 0, zIndex: 1 },
  headerRow: {
    display: 'grid',
    gridTemplateColumns: TEMPLATE,
    height: `${HEADER}px`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  sort: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS}`,
    height: '100%',
    width: '100%',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  body: { position: 'relative' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    display: 'grid',
    gridTemplateColumns: TEMPLATE,
    height: `${ROW}px`,
    alignItems: 'center',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  num: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  badge: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: '20px',
  },
  active: { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  wrap: { position: 'relative', display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  empty: {
    position: 'absolute',
    top: `${HEADER + 8}px`,
    left: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    pointerEvents: 'none',
  },
});
