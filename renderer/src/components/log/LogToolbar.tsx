import { Button, Dropdown, Label, makeStyles, Option, SearchBox, Subtitle2, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowClockwiseRegular, CopyRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { LogLevelName } from '../../../../shared/ipc/responses';
import { GREP_MAX } from '../../stores/log/log-state';
import { useLogStore } from '../../stores/log/log-store';

const LEVEL_OPTIONS: { value: LogLevelName; label: string }[] = [
  { value: 'debug', label: 'All (debug)' },
  { value: 'info', label: 'Info and above' },
  { value: 'warn', label: 'Warn and above' },
  { value: 'error', label: 'Error only' },
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
  // Cut at the start, so the file name stays in view: "…/ECM Configurator/Configurator.log".
  path: {
    flex: '1 1 120px',
    minWidth: '80px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    direction: 'rtl',
    textAlign: 'left',
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
  },
  pathText: { direction: 'ltr', unicodeBidi: 'isolate' },
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
  const { setMinLevel, setGrepInput, applyGrep, refresh, copySelected, openLogFolder } = useLogStore.getState();
  const levelLabel = LEVEL_OPTIONS.find((o) => o.value === minLevel)!.label;

  return (
    <div className={styles.bar} data-testid="log-toolbar">
      <Subtitle2 as="h2" id="log-title" className={styles.title}>
        Configurator.log
      </Subtitle2>
      <Text size={200} className={styles.path} title={path ?? ''} data-testid="log-path">
        <span className={styles.pathText}>{path ?? ''}</span>
      </Text>
      <Text size={200} className={styles.status} role="status" aria-live="polite" data-testid="log-status">
        {copyNotice ?? (status === 'loading' ? 'Reading…' : `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}${selectedCount > 0 ? `, ${selectedCount} selected` : ''}${follow ? ' · following' : ''}`)}
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
      <Tooltip content="Click a row to select it, Shift+click for a range, Ctrl+click to add or remove one. Ctrl+C copies too." relationship="description">
        <Button size="small" icon={<CopyRegular />} disabled={!canCopy} onClick={() => void copySelected()}>
          Copy selected lines
        </Button>
      </Tooltip>
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => void openLogFolder()}>
        Open log folder
      </Button>
    </div>
  );
}
