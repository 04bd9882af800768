export const root: string;
export const serverScript: string;
export function migrate(databaseUrl: string): Promise<void>;
export const localDataDir: string;
export function localDatabase(): Promise<{ url: string; stop: () => Promise<void> }>;
export function seedIfEmpty(databaseUrl: string, env?: Record<string, string>): void;
export function loadDotEnv(): void;
