import { makeStyles, tokens } from '@fluentui/react-components';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { FieldRow } from './FieldRow';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '760px',
    paddingBottom: tokens.spacingVerticalXXL,
  },
});

/** The form is generated from the plugin's settings schema; no plugin has a hand-written form. */
export function SettingsForm({ plugin }: { plugin: PluginInfo }) {
  const styles = useStyles();
  return (
    <form
      className={styles.form}
      aria-label={`${plugin.displayName} settings`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      {plugin.settings.map((field) => (
        <FieldRow key={field.key} pluginId={plugin.id} field={field} />
      ))}
    </form>
  );
}
