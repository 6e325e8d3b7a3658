import { readServerConfig, serverUsage } from './server-config';
import { startSyncServer } from './start-sync-server';

// `npm run server`: the team sync server, on 127.0.0.1:1234 unless told otherwise.
if (process.argv.includes('--help')) {
  process.stdout.write(`${serverUsage}\n`);
  process.exit(0);
}
const result = readServerConfig(process.argv.slice(2), process.env);
if (!result.ok) {
  process.stderr.write(`${result.message}\n`);
  process.exit(2);
}
const { config } = result;
const log = (message: string) => process.stdout.write(`${new Date().toISOString()} ${message}\n`);
const server = await startSyncServer(config, log);
log(`Specwright sync server on ${server.url} (documents in ${config.dataDir}${config.token ? ', token required' : ''}).`);
if (config.host !== '127.0.0.1' && config.host !== 'localhost' && config.host !== '::1') {
  log(`Listening on ${config.host}, beyond this machine: put it behind a TLS proxy (wss://) and set a token.`);
}
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
