import { makeStyles, tokens } from '@fluentui/react-components';

/** The access review screen's layout: a title bar, then the input, progress and results beside the details. */
export const useReviewScreenStyles = makeStyles({
  screen: {
    display: 'grid',
    gridTemplateRows: '48px minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  body: {
    display: 'grid',
    gridTemplateColumns: '300px minmax(0, 1fr)',
    minHeight: 0,
    '@media (max-width: 1199px)': { gridTemplateColumns: '260px minmax(0, 1fr)' },
  },
  input: {
    display: 'flex',
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  results: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: 0,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  split: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 340px',
    gap: tokens.spacingHorizontalM,
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 1199px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'minmax(0, 1fr) minmax(150px, 32%)',
    },
  },
  exports: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  notice: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0, minWidth: 0 },
  empty: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    padding: tokens.spacingHorizontalXXL,
  },
});
