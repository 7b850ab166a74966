import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { KeyMultipleRegular } from '@fluentui/react-icons';
import { activePlugin, usePluginsStore } from '../stores/plugins-store';
import { AboutButton } from './about/AboutButton';
import { AccessReviewButton } from './review/AccessReviewButton';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    height: '40px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  grow: { flexGrow: 1 },
  active: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function TitleBar() {
  const styles = useStyles();
  const plugin = usePluginsStore(activePlugin);
  return (
    <header className={styles.bar} role="banner">
      <KeyMultipleRegular fontSize={24} aria-hidden />
      <Text as="h1" size={500} weight="semibold">
        ECM Configurator
      </Text>
      <span className={styles.grow} />
      <span className={styles.active} data-testid="active-plugin">
        {plugin ? (
          <>
            <Text>Active plugin: {plugin.displayName}</Text>
            <Badge appearance="tint" color="informative">
              v{plugin.version}
            </Badge>
          </>
        ) : (
          <Text>No active plugin</Text>
        )}
      </span>
      <AccessReviewButton />
      <AboutButton />
    </header>
  );
}
