import { z } from 'zod';

/**
 * The sync server's settings. Every default is the safe one: loopback only,
 * bounded messages, documents and rooms, and no token (the room id is the secret).
 */
export const serverConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(1234),
  /** Where each room's document is kept: one append-only file per room. */
  dataDir: z.string().min(1).default('.specwright-server'),
  /** When set, every client must send it (`?token=`); compared in constant time. */
  token: z.string().min(16, 'A token must be at least 16 characters.').optional(),
  /** The largest WebSocket message accepted; a larger one closes the connection (1009). */
  maxMessageBytes: z.number().int().min(1024).default(1024 * 1024),
  /** The largest document a room may hold; an update that would pass it is refused. */
  maxDocBytes: z.number().int().min(1024).default(8 * 1024 * 1024),
  /** Rooms open in memory at once; a client asking for one more is refused (503). */
  maxRooms: z.number().int().min(1).default(1000),
  /** Connections to one room at once. */
  maxConnectionsPerRoom: z.number().int().min(1).default(100),
});

export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

const flags: Record<string, { key: keyof ServerConfig; env: string; number?: true }> = {
  '--host': { key: 'host', env: 'SPECWRIGHT_SERVER_HOST' },
  '--port': { key: 'port', env: 'SPECWRIGHT_SERVER_PORT', number: true },
  '--data': { key: 'dataDir', env: 'SPECWRIGHT_SERVER_DATA' },
  '--token': { key: 'token', env: 'SPECWRIGHT_SERVER_TOKEN' },
  '--max-message-bytes': { key: 'maxMessageBytes', env: 'SPECWRIGHT_SERVER_MAX_MESSAGE_BYTES', number: true },
  '--max-doc-bytes': { key: 'maxDocBytes', env: 'SPECWRIGHT_SERVER_MAX_DOC_BYTES', number: true },
  '--max-rooms': { key: 'maxRooms', env: 'SPECWRIGHT_SERVER_MAX_ROOMS', number: true },
  '--max-connections-per-room': { key: 'maxConnectionsPerRoom', env: 'SPECWRIGHT_SERVER_MAX_CONNECTIONS_PER_ROOM', number: true },
};

export const serverUsage = `npm run server -- [options]   (each option also reads its environment variable)
${Object.entries(flags)
  .map(([flag, { env }]) => `  ${flag.padEnd(28)} ${env}`)
  .join('\n')}`;

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** Command-line flags win over environment variables, which win over the defaults. */
export function readServerConfig(args: readonly string[], env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const raw: Record<string, string | number> = {};
  for (const [, { key, env: name, number }] of Object.entries(flags)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = number ? Number(value) : value;
  }
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = flags[flag];
    if (!spec) return { ok: false, message: `Unknown option ${flag}.\n${serverUsage}` };
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, message: `${flag} needs a value.` };
    raw[spec.key] = spec.number ? Number(value) : value;
  }
  const parsed = serverConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Bad server setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, config: parsed.data };
}
