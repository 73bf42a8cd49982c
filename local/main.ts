import fs from 'node:fs';
import path from 'node:path';

import { todayIn } from '../src/domain/calendar';

import { seedDemo } from './demo/seed';
import { LocalHost } from './host';
import { createServer } from './server';

/** `npm start [-- --reset] [--port N] [--data DIR]`: the local Forge host with demo data. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const port = Number(option('--port') ?? process.env.PORT ?? 4400);
  const dataDir = path.resolve(option('--data') ?? 'data');
  const dataFile = path.join(dataDir, 'local-forge.sqlite');
  fs.mkdirSync(dataDir, { recursive: true });
  if (args.includes('--reset')) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dataFile}${suffix}`, { force: true });
    console.log('Local data wiped.');
  }

  const host = new LocalHost({ dataFile });
  if (host.kvs.listAllKeys().length === 0) {
    console.log('Seeding demo data through the app’s resolvers…');
    const seeded = await seedDemo(host, todayIn('UTC'));
    console.log(`Seeded ${seeded.entries} cost entries and ${seeded.rates} exchange rates.`);
  }

  const server = createServer(host);
  server.listen(port, '127.0.0.1', () => {
    console.log(`Local Jira with the OKR cost tracker: http://localhost:${port}/`);
  });
  const stop = () => {
    server.close();
    void host.shutdown().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
