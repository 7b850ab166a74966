import { useRef, useState, type ReactElement } from 'react';
import { call, errorInfo } from '../../api/ecm-client';

const MAX_BYTES = 1_000_000;

/**
 * Picks a text file: the Electron open dialog over IPC; where the host has none (the browser test
 * host), a hidden file input. Either way only the file's text reaches the caller.
 */
export function useTextFilePicker(
  title: string,
  onText: (text: string, name: string) => void,
  onError: (message: string) => void,
): { pick: () => void; busy: boolean; input: ReactElement } {
  const ref = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pick = () => {
    setBusy(true);
    call('openTextFile', { title })
      .then((answer) => {
        if (!answer.supported) ref.current?.click();
        else if (answer.file) onText(answer.file.text, answer.file.name);
      })
      .catch((err: unknown) => onError(errorInfo(err).message))
      .finally(() => setBusy(false));
  };
  const input = (
    <input
      ref={ref}
      type="file"
      hidden
      aria-label={title}
      data-testid={`file-input-${title}`}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (!file) return;
        if (file.size > MAX_BYTES)
          return onError(`${file.name} is larger than 1 MB; choose the key, certificate or configuration file itself.`);
        void file.text().then(
          (text) => onText(text, file.name),
          () => onError(`${file.name} could not be read.`),
        );
      }}
    />
  );
  return { pick, busy, input };
}
