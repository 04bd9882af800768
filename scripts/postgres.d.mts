export const migrationsDir: string;
export type EmbeddedServer = { url: (database: string) => string; port: number; stop: () => Promise<void> };
export function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (message: unknown) => void;
}): Promise<EmbeddedServer>;
export function runningEmbeddedPostgres(
  dataDir: string,
): Promise<{ url: (database: string) => string; port: number } | null>;
export function withClient<T>(url: string, work: (client: import("pg").Client) => Promise<T>): Promise<T>;
export function databaseUrlFor(url: string, database: string): string;
export function ensureDatabase(url: string, options?: { template?: string }): Promise<void>;
export function applyMigrations(url: string): string;
export function startDisposablePostgres(
  name: string,
): Promise<{ url: (database: string) => string; stop: () => Promise<void> }>;
