import { Dropdown, Label, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { LogLevelName } from '../../../../shared/ipc/responses';
import { useLogStore } from '../../stores/log/log-store';

// Each level spelled as Configurator.log writes it (`[warn]`), like the level column and the CLI.
const LEVEL_OPTIONS: { value: LogLevelName; label: string }[] = [
  { value: 'debug', label: 'debug and above (all)' },
  { value: 'info', label: 'info and above' },
  { value: 'warn', label: 'warn and above' },
  { value: 'error', label: 'error only' },
];

const useStyles = makeStyles({
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  level: { minWidth: '130px' },
});

/** "Level" and its list: the lowest level shown; the core filters. */
export function LogLevelFilter() {
  const styles = useStyles();
  const labelId = useId();
  const minLevel = useLogStore((s) => s.minLevel);
  const label = LEVEL_OPTIONS.find((o) => o.value === minLevel)!.label;
  return (
    <span className={styles.field}>
      <Label id={labelId} size="small">
        Level
      </Label>
      <Dropdown
        size="small"
        className={styles.level}
        aria-labelledby={labelId}
        value={label}
        selectedOptions={[minLevel]}
        onOptionSelect={(_e, data) => {
          if (data.optionValue) useLogStore.getState().setMinLevel(data.optionValue as LogLevelName);
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
  );
}
