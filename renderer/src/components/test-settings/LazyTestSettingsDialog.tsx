import { useTestRunStore } from '../../stores/test-run-store';
import { LazyTestSettingsDialogPart, testSettingsDialogPart } from '../lazy/lazy-parts';

/**
 * The Test Settings dialog, fetched when first opened (lazy-parts.ts) and kept mounted after, so
 * it closes, and gives the focus back, exactly as when it was part of the first bundle.
 */
export function LazyTestSettingsDialog({ pluginName }: { pluginName: string }) {
  const open = useTestRunStore((s) => s.open);
  const ready = testSettingsDialogPart.useReady(open);
  return ready ? <LazyTestSettingsDialogPart pluginName={pluginName} /> : null;
}
