import { Button } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useTextFilePicker } from './use-text-file-picker';

/** "Load from file…" beside a multi-line field (keys, certificates, known_hosts lines). */
export function LoadFromFileButton({
  label,
  onLoaded,
  onError,
}: {
  label: string;
  onLoaded(text: string): void;
  onError(message: string): void;
}) {
  const { pick, busy, input } = useTextFilePicker(`Load ${label} from file`, (text) => onLoaded(text), onError);
  return (
    <>
      <Button size="small" icon={<FolderOpenRegular />} onClick={pick} disabled={busy}>
        Load from file…
      </Button>
      {input}
    </>
  );
}
