export const root: string;
export const serverScript: string;
export function migrate(databaseUrl: string): void;
export function seedIfEmpty(databaseUrl: string, env?: Record<string, string>): void;
