import { installStdoutGuard } from './guard';

// The guard goes in before any other module loads, so nothing can reach stdout ahead of the handshake.
const guard = installStdoutGuard();

import('./main').then(
  ({ main }) => main(guard),
  (error: unknown) => guard.fail('the backend failed to load', error)
);
