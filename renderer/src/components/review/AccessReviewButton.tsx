import { Button } from '@fluentui/react-components';
import { PeopleSearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useReviewStore } from '../../stores/review/review-store';

/** Opens the Access review screen; takes the focus back when the screen closes. */
export function AccessReviewButton() {
  const open = useReviewStore((s) => s.open);
  const ref = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <Button
      ref={ref}
      appearance="transparent"
      icon={<PeopleSearchRegular />}
      onClick={() => useReviewStore.getState().show()}
      style={{ color: 'inherit' }}
      data-testid="access-review-open"
    >
      Access review
    </Button>
  );
}
