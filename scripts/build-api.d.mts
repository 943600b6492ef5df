// Types of build-api.mjs for the TypeScript that imports it (the e2e harness, the benchmarks).
export const API_DIST: string;
export const API_ENTRY_POINTS: readonly string[];
export function buildApi(): Promise<void>;
export function buildApiIfNeeded(): Promise<void>;
export function compiledEntry(entry: string): string;
export function bundleEntryPoint(entryPath: string, outfile: string): Promise<unknown>;
