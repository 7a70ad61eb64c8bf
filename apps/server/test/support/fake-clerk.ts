import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface ClerkMetadataWrite {
  userId: string;
  body: Json;
  authorization: string;
  /** What the fake answered. */
  status: number;
}

/** Clerk's deep merge for metadata: nested objects merge, a null removes the key. */
function deepMerge(target: Json, patch: Json): Json {
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof merged[key] === 'object' && merged[key] !== null)
      merged[key] = deepMerge(merged[key] as Json, value as Json);
    else merged[key] = value;
  }
  return merged;
}

const clerkError = (code: string, message: string, longMessage: string) => ({
  errors: [{ code, message, long_message: longMessage, meta: {} }],
  clerk_trace_id: `trace_${Math.random().toString(16).slice(2)}`,
});

/**
 * Clerk's Backend API as far as we use it, speaking its JSON (snake_case, `object` tags):
 * `GET /v1/users/{user_id}` answers the user object, `PATCH /v1/users/{user_id}/metadata`
 * deep-merges `public_metadata` / `private_metadata` / `unsafe_metadata` and answers the
 * user; errors come as `{ errors: [{ code, message, long_message }], clerk_trace_id }`; a
 * request without the secret key is 401. The real `@clerk/backend` runs against it through
 * its `apiUrl` option (CLERK_API_URL).
 */
export class FakeClerk {
  readonly metadataWrites: ClerkMetadataWrite[] = [];
  readonly userLookups: string[] = [];
  /** How many of the next metadata writes answer 500. */
  failMetadataWrites = 0;
  url = '';
  private server: Server;
  private users = new Map<string, Json>();

  constructor(private readonly secretKey: string) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** A user as Clerk holds one: email addresses (the primary one named by id) and metadata. */
  addUser(id: string, fields: { emails?: string[]; primaryEmailIndex?: number; publicMetadata?: Json } = {}): void {
    const now = Date.now();
    const emails = (fields.emails ?? []).map((address, i) => ({
      id: `idn_${id}_${i}`,
      object: 'email_address',
      email_address: address,
      reserved: false,
      verification: { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: now + 600_000 },
      linked_to: [],
      created_at: now,
      updated_at: now,
    }));
    this.users.set(id, {
      id,
      object: 'user',
      username: null,
      first_name: 'Test',
      last_name: 'User',
      image_url: 'https://img.clerk.com/placeholder',
      has_image: false,
      primary_email_address_id: emails[fields.primaryEmailIndex ?? 0]?.id ?? null,
      primary_phone_number_id: null,
      primary_web3_wallet_id: null,
      password_enabled: false,
      two_factor_enabled: false,
      totp_enabled: false,
      backup_code_enabled: false,
      email_addresses: emails,
      phone_numbers: [],
      web3_wallets: [],
      passkeys: [],
      external_accounts: [],
      saml_accounts: [],
      enterprise_accounts: [],
      public_metadata: fields.publicMetadata ?? {},
      private_metadata: {},
      unsafe_metadata: {},
      external_id: null,
      last_sign_in_at: now,
      banned: false,
      locked: false,
      lockout_expires_in_seconds: null,
      verification_attempts_remaining: 100,
      created_at: now,
      updated_at: now,
      delete_self_enabled: true,
      create_organization_enabled: true,
      last_active_at: now,
      legal_accepted_at: null,
    });
  }

  /** The user's `public_metadata` as Clerk's dashboard would show it. */
  publicMetadata(id: string): Json | undefined {
    return this.users.get(id)?.public_metadata as Json | undefined;
  }

  /** An operator (or anyone with the secret key) editing the metadata in Clerk directly. */
  setPublicMetadata(id: string, metadata: Json): void {
    const user = this.users.get(id);
    if (user) user.public_metadata = metadata;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      return status;
    };
    const authorization = req.headers.authorization ?? '';
    const path = new URL(req.url ?? '/', 'http://clerk').pathname;
    const metadata = /^\/v1\/users\/([^/]+)\/metadata$/.exec(path);
    const user = /^\/v1\/users\/([^/]+)$/.exec(path);

    if (authorization !== `Bearer ${this.secretKey}`) {
      if (metadata) this.metadataWrites.push({ userId: decodeURIComponent(metadata[1]!), body: {}, authorization, status: 401 });
      return json(401, clerkError('authentication_invalid', 'Unauthorized request', 'The provided Clerk Secret Key is invalid.'));
    }
    if (req.method === 'PATCH' && metadata) {
      const userId = decodeURIComponent(metadata[1]!);
      const body = JSON.parse(raw || '{}') as Json;
      const record = (status: number) => this.metadataWrites.push({ userId, body, authorization, status });
      if (this.failMetadataWrites > 0) {
        this.failMetadataWrites -= 1;
        record(500);
        return json(500, clerkError('internal_clerk_error', 'Oops, something went wrong', 'There was an internal error on our servers.'));
      }
      const stored = this.users.get(userId);
      if (!stored) {
        record(404);
        return json(404, clerkError('resource_not_found', 'not found', 'Resource not found'));
      }
      for (const field of ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const) {
        if (body[field] !== undefined) stored[field] = deepMerge((stored[field] as Json | undefined) ?? {}, body[field] as Json);
      }
      stored.updated_at = Date.now();
      record(200);
      return json(200, stored);
    }
    if (req.method === 'GET' && user) {
      const userId = decodeURIComponent(user[1]!);
      this.userLookups.push(userId);
      const stored = this.users.get(userId);
      return stored ? json(200, stored) : json(404, clerkError('resource_not_found', 'not found', 'Resource not found'));
    }
    return json(404, clerkError('resource_not_found', 'not found', 'Resource not found'));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
