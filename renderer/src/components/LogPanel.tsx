import { LogViewer } from './log/LogViewer';

/** The bottom area of the app frame: the Configurator.log viewer. */
export function LogPanel() {
  return <LogViewer />;
}
