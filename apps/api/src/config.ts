import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseTimeOfDay, type TimeOfDay } from './operations/backup-schedule.ts';

export interface Config {
  port: number;
  host: string;
  /** SQLite file and content-addressed files live here. */
  dataDir: string;
  /** Public URL of the platform, e.g. https://guongsang.example.vn (no trailing slash). */
  origin: string;
  /** Cookies get `Secure` and the `__Host-` prefix when the public URL is https. */
  secureCookies: boolean;
  /** Honour X-Forwarded-For only behind a reverse proxy you run. */
  trustProxy: boolean;
  logLevel: string;
  /** Creates the first organizer at start for unattended installs. */
  initialOrganizer: { email: string; password: string; fullName: string; unitName: string } | undefined;
  /** Serve the SvelteKit build on the same port (off for `pnpm dev`, where Vite serves pages). */
  serveWeb: boolean;
  /** Folder holding SvelteKit's adapter-node build (handler.js). */
  webBuildDir: string;
  /** Nightly backup into `dir/<timestamp>` at `at` (Vietnam time), keeping the newest `keep`; off without BACKUP_DIR. */
  backup: { dir: string; at: TimeOfDay; keep: number } | undefined;
  /** Mail goes out through this SMTP server; without SMTP_HOST it stays in the outbox, read in the app. */
  smtp: SmtpConfig | undefined;
  /** Uploaded documents are parsed by `workers` long-lived processes; at most `queue` uploads wait for one (files/document-pool.ts). */
  documents: { workers: number; queue: number };
  /**
   * From this many score sheets in the database, a round's sheets read whole (its score-sheet
   * export, the counted sheets of its first results) are read half here, half on a second thread
   * with its own connection (round-thread/round-thread.ts); undefined (one core, or `off`): never.
   * Below it the thread would only idle in memory. Set by EXPORT_THREAD_SHEETS, its first use.
   */
  roundThreadFromSheets: number | undefined;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
  /** The sender, e.g. `Ban Tổ chức <btc@example.gov.vn>`. */
  from: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates every setting from the environment, reporting all problems at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const portText = text('PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be a whole number from 1 to 65535 (got "${portText}")`);
  }

  const host = text('HOST') ?? '0.0.0.0';

  const originText = text('ORIGIN') ?? `http://localhost:${portText}`;
  let origin = originText;
  try {
    const url = new URL(originText);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    if (url.pathname !== '/' || url.search || url.hash) throw new Error('path');
    origin = url.origin;
  } catch {
    problems.push(`ORIGIN must be the public URL without a path, like https://guongsang.example.vn (got "${originText}")`);
  }

  const trustProxyText = text('TRUST_PROXY') ?? 'false';
  if (!['true', 'false'].includes(trustProxyText)) {
    problems.push(`TRUST_PROXY must be "true" or "false" (got "${trustProxyText}")`);
  }

  const serveWebText = text('SERVE_WEB') ?? 'true';
  if (!['true', 'false'].includes(serveWebText)) {
    problems.push(`SERVE_WEB must be "true" or "false" (got "${serveWebText}")`);
  }

  const logLevel = text('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }

  const organizerEmail = text('ORGANIZER_EMAIL');
  const organizerPassword = env.ORGANIZER_PASSWORD;
  let initialOrganizer: Config['initialOrganizer'];
  if (organizerEmail !== undefined || organizerPassword !== undefined) {
    if (organizerEmail === undefined || !organizerPassword) {
      problems.push('ORGANIZER_EMAIL and ORGANIZER_PASSWORD must be set together');
    } else if (organizerPassword.length < 8 || organizerPassword.length > 128) {
      problems.push('ORGANIZER_PASSWORD must have 8 to 128 characters');
    } else {
      initialOrganizer = {
        email: organizerEmail,
        password: organizerPassword,
        fullName: text('ORGANIZER_NAME') ?? 'Ban Tổ chức',
        unitName: text('ORGANIZER_UNIT') ?? 'Ban Tổ chức cuộc thi',
      };
    }
  }

  const backupDir = text('BACKUP_DIR');
  const backupAtText = text('BACKUP_AT') ?? '02:00';
  const backupAt = parseTimeOfDay(backupAtText);
  if (!backupAt) problems.push(`BACKUP_AT must be a time of day in Vietnam as HH:MM, like 02:00 (got "${backupAtText}")`);
  const backupKeepText = text('BACKUP_KEEP') ?? '7';
  const backupKeep = Number(backupKeepText);
  if (!Number.isInteger(backupKeep) || backupKeep < 1 || backupKeep > 1000) {
    problems.push(`BACKUP_KEEP must be a whole number from 1 to 1000 (got "${backupKeepText}")`);
  }

  const smtpHost = text('SMTP_HOST');
  const smtpSecureText = text('SMTP_SECURE') ?? 'false';
  if (!['true', 'false'].includes(smtpSecureText)) {
    problems.push(`SMTP_SECURE must be "true" or "false" (got "${smtpSecureText}")`);
  }
  const smtpPortText = text('SMTP_PORT') ?? (smtpSecureText === 'true' ? '465' : '587');
  const smtpPort = Number(smtpPortText);
  if (!Number.isInteger(smtpPort) || smtpPort < 1 || smtpPort > 65535) {
    problems.push(`SMTP_PORT must be a whole number from 1 to 65535 (got "${smtpPortText}")`);
  }
  const smtpUser = text('SMTP_USER');
  const smtpPassword = env.SMTP_PASSWORD;
  if ((smtpUser === undefined) !== !smtpPassword) problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  const smtpFrom = text('SMTP_FROM') ?? (smtpHost ? `Gương Sáng <no-reply@${smtpHost}>` : '');

  // Parsing is CPU-bound: one worker per core keeps every core busy at a rush without thrashing.
  const documentWorkersText = text('DOCUMENT_WORKERS') ?? String(availableParallelism());
  const documentWorkers = Number(documentWorkersText);
  if (!Number.isInteger(documentWorkers) || documentWorkers < 1 || documentWorkers > 64) {
    problems.push(`DOCUMENT_WORKERS must be a whole number from 1 to 64 (got "${documentWorkersText}")`);
  }
  const documentQueueText = text('DOCUMENT_QUEUE') ?? '64';
  const documentQueue = Number(documentQueueText);
  if (!Number.isInteger(documentQueue) || documentQueue < 0 || documentQueue > 10_000) {
    problems.push(`DOCUMENT_QUEUE must be a whole number from 0 to 10000 (got "${documentQueueText}")`);
  }

  const roundThreadText = text('EXPORT_THREAD_SHEETS') ?? (availableParallelism() > 1 ? '20000' : 'off');
  const roundThreadFromSheets = roundThreadText === 'off' ? undefined : Number(roundThreadText);
  if (roundThreadFromSheets !== undefined && (!Number.isInteger(roundThreadFromSheets) || roundThreadFromSheets < 0)) {
    problems.push(`EXPORT_THREAD_SHEETS must be a whole number of score sheets or "off" (got "${roundThreadText}")`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir: resolve(text('DATA_DIR') ?? './data'),
    origin,
    secureCookies: origin.startsWith('https:'),
    trustProxy: trustProxyText === 'true',
    logLevel,
    initialOrganizer,
    serveWeb: serveWebText === 'true',
    webBuildDir: resolve(text('WEB_BUILD_DIR') ?? new URL('../../web/build', import.meta.url).pathname),
    backup: backupDir !== undefined && backupAt ? { dir: resolve(backupDir), at: backupAt, keep: backupKeep } : undefined,
    smtp: smtpHost === undefined ? undefined : {
      host: smtpHost,
      port: smtpPort,
      secure: smtpSecureText === 'true',
      auth: smtpUser !== undefined && smtpPassword ? { user: smtpUser, pass: smtpPassword } : undefined,
      from: smtpFrom,
    },
    documents: { workers: documentWorkers, queue: documentQueue },
    roundThreadFromSheets,
  };
}
