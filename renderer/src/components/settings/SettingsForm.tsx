import { makeStyles, tokens } from '@fluentui/react-components';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { FieldRow } from './FieldRow';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalSNudge,
    maxWidth: '860px',
    // Fluent's horizontal field gives the label a third of the row; a fixed column leaves the
    // editor and its help more width, so most help texts stay on one line.
    '& .fui-Field': { gridTemplateColumns: 'minmax(140px, 180px) minmax(0, 1fr)' },
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
