import { Button } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { call, errorInfo } from '../../api/ecm-client';

const MAX_BYTES = 1_000_000;

/**
 * "Load from file…": the Electron open dialog over IPC; where the host has none (the browser
 * test host), a file input. Either way only the text reaches the field.
 */
export function LoadFromFileButton({ label, onLoaded, onError }: { label: string; onLoaded(text: string): void; onError(message: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const choose = async () => {
    setBusy(true);
    try {
      const answer = await call('openTextFile', { title: `Load ${label} from file` });
      if (!answer.supported) input.current?.click();
      else if (answer.file) onLoaded(answer.file.text);
    } catch (err) {
      onError(errorInfo(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" icon={<FolderOpenRegular />} onClick={() => void choose()} disabled={busy}>
        Load from file…
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={`Load ${label} from file`}
        data-testid={`file-input-${label}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > MAX_BYTES) return onError(`${file.name} is larger than 1 MB; choose the key, certificate or known_hosts file itself.`);
          void file.text().then(onLoaded, () => onError(`${file.name} could not be read.`));
        }}
      />
    </>
  );
}
