import { Button, makeStyles, SearchBox, Subtitle2, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useLayoutStore } from '../../stores/layout-store';
import { GREP_MAX } from '../../stores/log/log-state';
import { useLogStore } from '../../stores/log/log-store';
import { LOG_SHORTCUT } from '../layout/log-shortcut';
import { LogActions } from './LogActions';
import { LogLevelFilter } from './LogLevelFilter';
import { LogPathLabel } from './LogPathLabel';

/** The part of the log panel below its toolbar, which the collapse button hides and shows. */
export const LOG_BODY_ID = 'log-body';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    // One line at any width: the path and the status shorten, the buttons go into "More actions".
    flexWrap: 'nowrap',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flex: '0 0 auto', margin: 0 },
  search: { width: '170px', flexShrink: 0 },
  // After the path, the count gives way (cut with an ellipsis; read whole by screen readers).
  status: {
    flex: '0 20 auto',
    minWidth: '80px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
  },
  // The buttons sit at the right, beside Hide log; those that do not fit go into "More actions".
  // Its basis is the width of all four buttons, so at 1280 px they all fit once the path has shrunk.
  actions: { flex: '1 1 500px', minWidth: '48px', justifyContent: 'flex-end' },
  collapse: { flexShrink: 0 },
});

/**
 * Title, file path, level and text filters, the Refresh / Copy / Details / Open folder actions
 * (into "More actions" when narrow), and the button that collapses the log (Ctrl+L).
 */
export function LogToolbar() {
  const styles = useStyles();
  const path = useLogStore((s) => s.path);
  const grepInput = useLogStore((s) => s.grepInput);
  const count = useLogStore((s) => s.lines.length);
  const selectedCount = useLogStore((s) => s.selected.size);
  const follow = useLogStore((s) => s.follow);
  const status = useLogStore((s) => s.status);
  const copyNotice = useLogStore((s) => s.copyNotice);
  const collapsed = useLayoutStore((s) => s.logCollapsed);
  const { setGrepInput, applyGrep } = useLogStore.getState();

  return (
    <div className={styles.bar} data-testid="log-toolbar">
      <Subtitle2 as="h2" id="log-title" className={styles.title}>
        Configurator.log
      </Subtitle2>
      <LogPathLabel path={path} />
      <Text size={200} className={styles.status} role="status" aria-live="polite" data-testid="log-status">
        {copyNotice ??
          (status === 'loading'
            ? 'Reading…'
            : `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}${selectedCount > 0 ? `, ${selectedCount} selected` : ''}${follow ? ' · following' : ''}`)}
      </Text>
      <LogLevelFilter />
      <SearchBox
        size="small"
        className={styles.search}
        placeholder="Filter text"
        aria-label="Filter the log by text"
        maxLength={GREP_MAX}
        value={grepInput}
        onChange={(_e, data) => setGrepInput(data.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') applyGrep(grepInput);
        }}
        data-testid="log-filter"
      />
      <LogActions className={styles.actions} />
      <Tooltip content={`${collapsed ? 'Show' : 'Hide'} the log (Ctrl+L)`} relationship="description">
        <Button
          size="small"
          appearance="subtle"
          className={styles.collapse}
          icon={collapsed ? <ChevronUpRegular /> : <ChevronDownRegular />}
          aria-expanded={!collapsed}
          aria-controls={LOG_BODY_ID}
          aria-keyshortcuts={LOG_SHORTCUT}
          onClick={() => useLayoutStore.getState().toggleLog()}
          data-testid="log-collapse"
        >
          {collapsed ? 'Show log' : 'Hide log'}
        </Button>
      </Tooltip>
    </div>
  );
}
