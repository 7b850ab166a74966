import {
  Button,
  Dropdown,
  Label,
  makeStyles,
  Option,
  SearchBox,
  Subtitle2,
  Text,
  ToggleButton,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  CopyRegular,
  FolderOpenRegular,
  PanelRightRegular,
} from '@fluentui/react-icons';
import { useId } from 'react';
import { useLayoutStore } from '../../stores/layout-store';
import { LOG_SHORTCUT } from '../layout/log-shortcut';
import { OverflowToolbar, type ToolbarAction } from '../layout/OverflowToolbar';
import type { LogLevelName } from '../../../../shared/ipc/responses';
import { useLogDetailsStore } from '../../stores/log/log-details';
import { GREP_MAX } from '../../stores/log/log-state';
import { LogPathLabel } from './LogPathLabel';
import { useLogStore } from '../../stores/log/log-store';

// Each level spelled as Configurator.log writes it (`[warn]`), like the level column and the CLI.
const LEVEL_OPTIONS: { value: LogLevelName; label: string }[] = [
  { value: 'debug', label: 'debug and above (all)' },
  { value: 'info', label: 'info and above' },
  { value: 'warn', label: 'warn and above' },
  { value: 'error', label: 'error only' },
];

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
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  level: { minWidth: '130px' },
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
  const levelLabelId = useId();
  const path = useLogStore((s) => s.path);
  const minLevel = useLogStore((s) => s.minLevel);
  const grepInput = useLogStore((s) => s.grepInput);
  const count = useLogStore((s) => s.lines.length);
  const selectedCount = useLogStore((s) => s.selected.size);
  const canCopy = useLogStore((s) => s.selected.size > 0 || s.active !== null);
  const follow = useLogStore((s) => s.follow);
  const status = useLogStore((s) => s.status);
  const copyNotice = useLogStore((s) => s.copyNotice);
  const detailsOpen = useLogDetailsStore((s) => s.open);
  const collapsed = useLayoutStore((s) => s.logCollapsed);
  const { setMinLevel, setGrepInput, applyGrep, refresh, copySelected, openLogFolder } = useLogStore.getState();
  const levelLabel = LEVEL_OPTIONS.find((o) => o.value === minLevel)!.label;
  const actions: ToolbarAction[] = [
    {
      id: 'refresh',
      group: 'log',
      menu: { label: 'Refresh', icon: <ArrowClockwiseRegular /> },
      node: (
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
          Refresh
        </Button>
      ),
    },
    {
      id: 'copy',
      group: 'log',
      menu: { label: 'Copy selected lines', icon: <CopyRegular />, disabled: !canCopy },
      node: (
        <Tooltip
          content="Click a row to select it, Shift+click for a range, Ctrl+click to add or remove one. Ctrl+C copies too."
          relationship="description"
        >
          <Button size="small" icon={<CopyRegular />} disabled={!canCopy} onClick={() => void copySelected()}>
            Copy selected lines
          </Button>
        </Tooltip>
      ),
    },
    {
      id: 'details',
      group: 'log',
      menu: { label: detailsOpen ? 'Hide details' : 'Show details', icon: <PanelRightRegular /> },
      node: (
        <Tooltip
          content="The selected entry in full, wrapped and copyable (F4 or Alt+Enter in the list)"
          relationship="description"
        >
          <ToggleButton
            size="small"
            icon={<PanelRightRegular />}
            checked={detailsOpen}
            onClick={() => useLogDetailsStore.getState().toggle()}
            data-testid="log-details-toggle"
          >
            Details
          </ToggleButton>
        </Tooltip>
      ),
    },
    {
      id: 'folder',
      group: 'log',
      menu: { label: 'Open log folder', icon: <FolderOpenRegular /> },
      node: (
        <Button size="small" icon={<FolderOpenRegular />} onClick={() => void openLogFolder()}>
          Open log folder
        </Button>
      ),
    },
  ];

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
      <span className={styles.field}>
        <Label id={levelLabelId} size="small">
          Level
        </Label>
        <Dropdown
          size="small"
          className={styles.level}
          aria-labelledby={levelLabelId}
          value={levelLabel}
          selectedOptions={[minLevel]}
          onOptionSelect={(_e, data) => {
            if (data.optionValue) setMinLevel(data.optionValue as LogLevelName);
          }}
          data-testid="log-level"
        >
          {LEVEL_OPTIONS.map((o) => (
            <Option key={o.value} value={o.value}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </span>
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
      <OverflowToolbar
        label="Log actions"
        actions={actions}
        className={styles.actions}
        testId="log-actions"
        size="small"
      />
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
