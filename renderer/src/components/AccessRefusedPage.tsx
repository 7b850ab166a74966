import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100vh',
    padding: tokens.spacingHorizontalXXL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '560px',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    overflowWrap: 'anywhere',
  },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  heading: { margin: 0, outlineStyle: 'none' },
  text: { margin: 0 },
});

/**
 * The whole page when the bridge refuses this page as a caller: one plain explanation with what
 * to do (the error's hint), instead of the same refusal in every panel. The error's code is not
 * shown: it means nothing to the admin here, the sentence does.
 */
export function AccessRefusedPage({ error }: { error: EcmErrorInfo }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The panels that were on screen are gone: start keyboard and screen-reader users here.
    heading.current?.focus();
  }, []);
  return (
    <main className={styles.page} aria-labelledby="access-refused-title" data-testid="access-refused">
      <div className={styles.card}>
        <LockClosedRegular className={styles.icon} aria-hidden />
        <Text
          as="h1"
          size={600}
          weight="semibold"
          id="access-refused-title"
          className={styles.heading}
          tabIndex={-1}
          ref={heading}
        >
          This page cannot use the Configurator
        </Text>
        <Text as="p" size={400} className={styles.text}>
          {error.message}
        </Text>
        {error.hint ? (
          <Text as="p" size={400} weight="semibold" className={styles.text} data-testid="access-refused-hint">
            {error.hint}
          </Text>
        ) : null}
      </div>
    </main>
  );
}
