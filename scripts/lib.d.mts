export const root: string;
export const remixServe: string;
export function migrate(databaseUrl: string): void;
export function seedIfEmpty(databaseUrl: string, env?: Record<string, string>): void;
