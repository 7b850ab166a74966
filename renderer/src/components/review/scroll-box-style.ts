import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * The framed, scrolling, focusable box the review's matrix and table both draw in: one Tab stop
 * that the arrow keys move within, with a focus ring only for the keyboard.
 */
export const scrollBoxStyle: GriffelStyle = {
  position: 'relative',
  overflow: 'auto',
  flexGrow: 1,
  minHeight: 0,
  outline: 'none',
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
};
