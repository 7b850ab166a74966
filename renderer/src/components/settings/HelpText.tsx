import { tokens } from '@fluentui/react-components';
import { Fragment } from 'react';

/** A field's help text, where `backticks` mark literal values (shown in monospace, not as markup). */
export function HelpText({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} style={{ fontFamily: tokens.fontFamilyMonospace, fontSize: '0.95em' }}>
            {part}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
