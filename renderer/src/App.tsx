import { FluentProvider } from '@fluentui/react-components';
import { AppFrame } from './components/AppFrame';
import { useOsTheme } from './theme/use-os-theme';

export function App() {
  const { theme, mode } = useOsTheme();
  return (
    <FluentProvider theme={theme} data-theme={mode} style={{ height: '100%' }}>
      <AppFrame />
    </FluentProvider>
  );
}
