import type { AddressInfo } from 'node:net';

import { createServer } from '../../local/server';
import { buildLocalHost } from '../builders/local-host';

describe('the local host web server', () => {
  it('refuses an oversized body with 413 and redirects / to the first issue', async () => {
    const { host } = buildLocalHost();
    const server = createServer(host);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const huge = await fetch(`${base}/host/acting-user`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ accountId: 'x'.repeat(6 * 1024 * 1024) }),
      });
      const root = await fetch(`${base}/`, { redirect: 'manual' });

      expect(huge.status).toBe(413);
      expect([root.status, root.headers.get('location')]).toStrictEqual([302, '/browse/OPS-1']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await host.shutdown();
    }
  });
});
