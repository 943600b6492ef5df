import type { Db } from '@guong-sang/db';
import type { Config } from '../config.ts';
import { queueDeadlineReminders } from './reminders.ts';
import { createMailSender } from './sender.ts';

/** How often the server looks for due reminders and mail to send. */
const INTERVAL_MS = 30_000;

export interface MailLoopOptions {
  db: Db;
  config: Pick<Config, 'smtp' | 'origin'>;
  log: { error: (message: string) => void };
}

/**
 * The server's mail loop: queues due deadline reminders and, when SMTP is configured, sends due
 * mail. One pass at a time; returns a stop function that waits for the pass under way (so the
 * database is not closed under it). Tests drive the pieces directly instead.
 */
export function startMailLoop({ db, config, log }: MailLoopOptions): () => Promise<void> {
  const sender = config.smtp ? createMailSender({ db, smtp: config.smtp, origin: config.origin }) : undefined;
  let current: Promise<void> | undefined;
  const pass = async () => {
    try {
      queueDeadlineReminders(db, new Date());
      await sender?.sendDueMail(new Date());
    } catch (error) {
      log.error(`mail: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const tick = () => {
    current ??= pass().finally(() => { current = undefined; });
  };
  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await current;
  };
}
