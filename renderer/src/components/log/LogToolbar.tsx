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
import { ArrowClockwiseRegular, CopyRegular, FolderOpenRegular, PanelRightRegular } from '@fluentui/react-icons';
import { useId } from 'react';
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

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flex: '0 0 auto' },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  level: { minWidth: '150px' },
  search: { width: '220px' },
  status: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

/** Title, file path, level and text filters, and the Refresh / Copy / Open folder actions. */
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
  const { setMinLevel, setGrepInput, applyGrep, refresh, copySelected, openLogFolder } = useLogStore.getState();
  const levelLabel = LEVEL_OPTIONS.find((o) => o.value === minLevel)!.label;

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
      <Button size="small" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
        Refresh
      </Button>
      <Tooltip
        content="Click a row to select it, Shift+click for a range, Ctrl+click to add or remove one. Ctrl+C copies too."
        relationship="description"
      >
        <Button size="small" icon={<CopyRegular />} disabled={!canCopy} onClick={() => void copySelected()}>
          Copy selected lines
        </Button>
      </Tooltip>
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
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => void openLogFolder()}>
        Open log folder
      </Button>
    </div>
  );
}
