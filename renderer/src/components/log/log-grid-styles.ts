import { makeStyles, tokens } from '@fluentui/react-components';
import { HEADER_HEIGHT } from './row-layout';

/** The log grid's styles: the scroll area, its sticky header, overlays and the focus ring. */
export const useStyles = makeStyles({
  wrap: { position: 'relative', flexGrow: 1, minHeight: 0, minWidth: 0, display: 'flex' },
  grid: {
    position: 'relative',
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    overflowAnchor: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: 'none',
    // The focus ring: on the active row when it is in view, else around the list (drawn by the
    // element that follows the grid, so the sticky header cannot cover it).
    ':focus-visible:not([data-active-shown]) + [data-focus-ring]': { display: 'block' },
    ':focus-within [data-active="true"]': { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    height: `${HEADER_HEIGHT}px`,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  headerMessage: { paddingLeft: '22px' },
  body: { position: 'relative' },
  empty: {
    position: 'absolute',
    top: `${HEADER_HEIGHT + 12}px`,
    left: 0,
    right: 0,
    display: 'flex',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground3,
    pointerEvents: 'none',
  },
  older: {
    position: 'absolute',
    top: `${HEADER_HEIGHT + 4}px`,
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: 2,
    padding: `2px ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  jump: { position: 'absolute', right: tokens.spacingHorizontalXXL, bottom: tokens.spacingVerticalM, zIndex: 2, boxShadow: tokens.shadow8 },
  ring: {
    display: 'none',
    position: 'absolute',
    inset: 0,
    zIndex: 3,
    pointerEvents: 'none',
    border: `2px solid ${tokens.colorStrokeFocus2}`,
  },
  hint: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});
