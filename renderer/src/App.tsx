import { FluentProvider } from '@fluentui/react-components';
import { useAccessRefusal } from './api/access-refusal';
import { AccessRefusedPage } from './components/AccessRefusedPage';
import { AppFrame } from './components/AppFrame';
import { useOsTheme } from './theme/use-os-theme';

export function App() {
  const { theme, mode } = useOsTheme();
  const refusal = useAccessRefusal((s) => s.refusal);
  return (
    <FluentProvider theme={theme} data-theme={mode} style={{ height: '100%' }}>
      {refusal ? <AccessRefusedPage error={refusal} /> : <AppFrame />}
    </FluentProvider>
  );
}
