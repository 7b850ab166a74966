import {
  Button,
  Divider,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  Overflow,
  OverflowDivider,
  OverflowItem,
  tokens,
  useArrowNavigationGroup,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { Fragment, useRef, type ReactElement, type ReactNode, type RefObject } from 'react';

/** One button of an overflowing toolbar: itself in the bar, and how the "More" menu offers it. */
export interface ToolbarAction {
  id: string;
  /** Actions of one group sit between dividers. */
  group: string;
  /** Higher stays in the bar longer; equal ones leave from the end first. */
  priority?: number;
  /** What the bar shows: a button (it may own its dialog, which stays mounted while in the menu). */
  node: ReactNode;
  /** In the menu, choosing it presses the bar's own (hidden) button, so both do the same. */
  menu: { label: string; icon?: ReactElement; disabled?: boolean };
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'nowrap',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflow: 'hidden',
  },
  item: { display: 'inline-flex', flexShrink: 0 },
  divider: { flexGrow: 0, height: '20px', padding: `0 ${tokens.spacingHorizontalXS}` },
});

/**
 * A toolbar that never wraps: the buttons that do not fit go, from the end, into a "More actions"
 * menu (Fluent's Overflow). Every button is a Tab stop, as in a Windows dialog, and the arrow keys
 * also move along the bar for those who expect a toolbar to work that way.
 */
export function OverflowToolbar({
  label,
  actions,
  className,
  testId,
  size,
}: {
  label: string;
  actions: readonly ToolbarAction[];
  className?: string;
  testId?: string;
  /** The size of the "More actions" button, to match the bar's own buttons. */
  size?: 'small' | 'medium';
}) {
  const styles = useStyles();
  const barRef = useRef<HTMLDivElement>(null);
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', tabbable: true });
  return (
    <Overflow padding={40}>
      <div
        ref={barRef}
        role="toolbar"
        aria-label={label}
        className={mergeClasses(styles.bar, className)}
        data-testid={testId}
        {...arrows}
      >
        {actions.map((action, i) => (
          <Fragment key={action.id}>
            {i > 0 && actions[i - 1]!.group !== action.group ? (
              <OverflowDivider groupId={actions[i - 1]!.group}>
                <Divider vertical className={styles.divider} />
              </OverflowDivider>
            ) : null}
            <OverflowItem id={action.id} groupId={action.group} priority={action.priority}>
              <span className={styles.item} data-toolbar-action={action.id}>
                {action.node}
              </span>
            </OverflowItem>
          </Fragment>
        ))}
        <MoreActions actions={actions} barRef={barRef} size={size} />
      </div>
    </Overflow>
  );
}

/** The "More actions" button and menu, shown only while some actions do not fit. */
function MoreActions({
  actions,
  barRef,
  size,
}: {
  actions: readonly ToolbarAction[];
  barRef: RefObject<HTMLDivElement | null>;
  size?: 'small' | 'medium';
}) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  const press = (id: string) => {
    const own = barRef.current?.querySelector<HTMLElement>(`[data-toolbar-action="${id}"] button`);
    own?.click();
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          icon={<MoreHorizontalRegular />}
          appearance="subtle"
          size={size}
          aria-label={`More actions (${overflowCount})`}
          data-testid="toolbar-more"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((action) => (
            <HiddenActionItem key={action.id} action={action} onPress={press} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenActionItem({ action, onPress }: { action: ToolbarAction; onPress(id: string): void }) {
  const visible = useIsOverflowItemVisible(action.id);
  if (visible) return null;
  return (
    <MenuItem
      icon={action.menu.icon}
      disabled={action.menu.disabled}
      onClick={() => onPress(action.id)}
      data-testid={`more-${action.id}`}
    >
      {action.menu.label}
    </MenuItem>
  );
}
