import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only where test globals exist; this project has none.
afterEach(() => {
  cleanup();
});
