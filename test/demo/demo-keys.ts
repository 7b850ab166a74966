import readline from 'node:readline';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { hostKeyChanged, ROTATE_HOST_KEY } from './demo-guide';

/** The running TPAM simulator, which a key command may replace with a restarted one. */
export interface TpamHolder {
  current: TpamSimulator;
}

/**
 * The demo's key commands, read line by line from the console: `k` restarts the TPAM simulator
 * on the same port with new host keys and the same world, as a reinstalled appliance would come
 * back; its open connections are cut, so the app's next Test Settings meets the new key. Commands
 * run one after the other, so typing `k` twice quickly restarts twice, never concurrently.
 */
export function listenForDemoKeys(
  input: NodeJS.ReadableStream,
  tpam: TpamHolder,
  print: (line: string) => void,
): () => void {
  const lines = readline.createInterface({ input, terminal: false });
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    const key = line.trim().toLowerCase();
    if (key === '') return;
    queue = queue.then(async () => {
      if (key !== ROTATE_HOST_KEY) {
        print(
          `Unknown key '${key}'. Type ${ROTATE_HOST_KEY} and Enter to give TPAM a new host key; Ctrl+C stops the demo.`,
        );
        return;
      }
      tpam.current = await restartWithNewHostKey(tpam.current);
      for (const text of hostKeyChanged(tpam.current)) print(text);
    });
    queue = queue.catch((err: unknown) =>
      print(`Could not restart the TPAM simulator: ${err instanceof Error ? err.message : String(err)}`),
    );
  });
  return () => lines.close();
}

async function restartWithNewHostKey(old: TpamSimulator): Promise<TpamSimulator> {
  await old.close();
  // No hostKeys option: the simulator generates fresh ones.
  return startTpamSimulator({ world: old.world, port: old.port });
}
