import { Button, ToggleButton, Tooltip } from '@fluentui/react-components';
import { ArrowClockwiseRegular, CopyRegular, FolderOpenRegular, PanelRightRegular } from '@fluentui/react-icons';
import { useLogDetailsStore } from '../../stores/log/log-details';
import { useLogStore } from '../../stores/log/log-store';
import { OverflowToolbar, type ToolbarAction } from '../layout/OverflowToolbar';

/** The log's Refresh / Copy / Details / Open folder buttons, into "More actions" when narrow. */
export function LogActions({ className }: { className: string }) {
  const canCopy = useLogStore((s) => s.selected.size > 0 || s.active !== null);
  const detailsOpen = useLogDetailsStore((s) => s.open);
  const { refresh, copySelected, openLogFolder } = useLogStore.getState();
  const actions: ToolbarAction[] = [
    {
      id: 'refresh',
      group: 'log',
      menu: { label: 'Refresh', icon: <ArrowClockwiseRegular /> },
      node: (
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
          Refresh
        </Button>
      ),
    },
    {
      id: 'copy',
      group: 'log',
      menu: { label: 'Copy selected lines', icon: <CopyRegular />, disabled: !canCopy },
      node: (
        <Tooltip
          content="Click a row to select it, Shift+click for a range, Ctrl+click to add or remove one. Ctrl+C copies too."
          relationship="description"
        >
          <Button size="small" icon={<CopyRegular />} disabled={!canCopy} onClick={() => void copySelected()}>
            Copy selected lines
          </Button>
        </Tooltip>
      ),
    },
    {
      id: 'details',
      group: 'log',
      menu: { label: detailsOpen ? 'Hide details' : 'Show details', icon: <PanelRightRegular /> },
      node: (
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
      ),
    },
    {
      id: 'folder',
      group: 'log',
      menu: { label: 'Open log folder', icon: <FolderOpenRegular /> },
      node: (
        <Button size="small" icon={<FolderOpenRegular />} onClick={() => void openLogFolder()}>
          Open log folder
        </Button>
      ),
    },
  ];
  return (
    <OverflowToolbar label="Log actions" actions={actions} className={className} testId="log-actions" size="small" />
  );
}
