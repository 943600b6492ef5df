import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import {
  createShortlist,
  dataOrError,
  declareConflict,
  errorStatus,
  getContest,
  getRound,
  runAssignment,
  searchUsers,
  setRoundJudges,
  updateRound,
  type ApiEvent,
} from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireRole } from '$lib/server/guard';
import { newShortlistValues, readCap, readRoundMethod, readSeed, readShortlistForm } from '$lib/server/round-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const NOTICES = ['created', 'added', 'removed', 'capSaved', 'conflict', 'committed', 'closed', 'method'] as const;
type Notice = (typeof NOTICES)[number];

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const round = dataOrError(await getRound(event, idParam(event.params.roundId)));
  const q = event.url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
  const [contest, found] = await Promise.all([
    getContest(event, round.contestId),
    q ? searchUsers(event, { q, role: 'judge', limit: 20 }) : null,
  ]);
  const onPanel = new Set(round.judges.map((judge) => judge.userId));
  const notice = NOTICES.find((key) => event.url.searchParams.has(key)) ?? null;
  const now = Date.now();
  return {
    round,
    contest: dataOrError(contest),
    q,
    /** People with the judge role matching the search, minus those already on the panel. */
    candidates: found ? dataOrError(found).filter((user) => !onPanel.has(user.id)) : null,
    notice: notice ? { key: notice as Notice, value: event.url.searchParams.get(notice) ?? '' } : null,
    shortlistValues: newShortlistValues(event.locals.locale, now),
    now,
  };
};

type Panel = { userId: string; maxLoad: number | null }[];

/** The panel now, changed by `change`, written back whole (the API replaces the panel). */
async function changePanel(event: ApiEvent, roundId: number, change: (panel: Panel) => Panel) {
  const round = dataOrError(await getRound(event, roundId));
  const panel = round.judges.map(({ userId, maxLoad }) => ({ userId, maxLoad }));
  return setRoundJudges(event, roundId, change(panel));
}

async function begin(event: RequestEvent) {
  requireRole(event.locals, 'organizer');
  return {
    roundId: idParam(event.params.roundId),
    data: await event.request.formData(),
    t: translator(event.locals.locale),
  };
}

/** Back to the round page, saying what was done, at the section it was done in. */
function to(roundId: number, notice: Notice, value = '1', q = '') {
  const search = new URLSearchParams({ [notice]: value });
  // Adding judges one after another keeps the search results.
  if (q) search.set('q', q);
  const section = { conflict: '#conflicts', committed: '#assignment', closed: '', method: '#method' }[notice as string] ?? '#panel';
  return `/organizer/rounds/${roundId}?${search}${section}`;
}

export const actions: Actions = {
  addJudge: async (event) => {
    const { roundId, data, t } = await begin(event);
    const userId = textField(data, 'userId');
    const cap = readCap(textField(data, 'maxLoad'));
    if (!userId) error(400);
    if (!cap.ok) return fail(400, { action: 'addJudge' as const, userId, message: t('validation.cap') });
    const result = await changePanel(event, roundId, (panel) => [
      ...panel.filter((judge) => judge.userId !== userId),
      { userId, maxLoad: cap.value },
    ]);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'addJudge' as const, userId, message: result.message });
    redirect(303, to(roundId, 'added', '1', textField(data, 'q').slice(0, 100)));
  },

  removeJudge: async (event) => {
    const { roundId, data, t } = await begin(event);
    const userId = textField(data, 'userId');
    if (data.get('confirm') !== 'on') {
      return fail(400, { action: 'removeJudge' as const, userId, message: t('round.removeConfirmRequired') });
    }
    const result = await changePanel(event, roundId, (panel) => panel.filter((judge) => judge.userId !== userId));
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'removeJudge' as const, userId, message: result.message });
    }
    redirect(303, to(roundId, 'removed'));
  },

  setCap: async (event) => {
    const { roundId, data, t } = await begin(event);
    const userId = textField(data, 'userId');
    const text = textField(data, 'maxLoad');
    const cap = readCap(text);
    if (!cap.ok) return fail(400, { action: 'setCap' as const, userId, maxLoad: text, message: t('validation.cap') });
    const result = await changePanel(event, roundId, (panel) =>
      panel.map((judge) => (judge.userId === userId ? { userId, maxLoad: cap.value } : judge)),
    );
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'setCap' as const, userId, maxLoad: text, message: result.message });
    }
    redirect(303, to(roundId, 'capSaved'));
  },

  conflict: async (event) => {
    const { roundId, data, t } = await begin(event);
    const values = {
      judgeId: textField(data, 'judgeId'),
      entryCode: textField(data, 'entryCode').toUpperCase(),
      reason: textField(data, 'reason'),
    };
    const errors: Record<string, string> = {};
    if (!values.judgeId) errors.judgeId = t('validation.judgeRequired');
    if (!/^[A-Z0-9-]{1,20}$/.test(values.entryCode)) errors.entryCode = t('validation.entryCode');
    if (Object.keys(errors).length > 0) return fail(400, { action: 'conflict' as const, values, errors, message: undefined });
    const round = dataOrError(await getRound(event, roundId));
    const result = await declareConflict(event, round.contestId, values);
    if (!result.ok) {
      // The judge comes from the panel list, so a 404 is about the code.
      if (result.status === 404) errors.entryCode = t('validation.entryNotFound', { code: values.entryCode });
      return fail(errorStatus(result.status), {
        action: 'conflict' as const,
        values,
        errors,
        message: result.status === 404 ? undefined : result.message,
      });
    }
    redirect(303, to(roundId, 'conflict', values.entryCode));
  },

  preview: async (event) => {
    const { roundId, data, t } = await begin(event);
    const seedText = textField(data, 'seed');
    const seed = readSeed(seedText);
    if (!seed.ok) return fail(400, { action: 'preview' as const, seed: seedText, message: t('validation.seed') });
    const result = await runAssignment(event, roundId, { seed: seed.value, dryRun: true });
    if (!result.ok) return fail(errorStatus(result.status), { action: 'preview' as const, seed: seedText, message: result.message });
    return { action: 'preview' as const, seed: seedText, preview: result.data };
  },

  commit: async (event) => {
    const { roundId, data, t } = await begin(event);
    const seedText = textField(data, 'seed');
    const seed = readSeed(seedText);
    // Committing always follows a preview, whose seed makes the commit the same assignment.
    if (!seed.ok || seed.value === undefined) {
      return fail(400, { action: 'commit' as const, seed: seedText, message: t('validation.seed') });
    }
    const result = await runAssignment(event, roundId, { seed: seed.value, dryRun: false });
    if (!result.ok) return fail(errorStatus(result.status), { action: 'commit' as const, seed: seedText, message: result.message });
    redirect(303, to(roundId, 'committed', String(result.data.added)));
  },

  /** The round's method and comparisons per entry; the API refuses once judging has started. */
  method: async (event) => {
    const { roundId, data } = await begin(event);
    const { values, error, input } = readRoundMethod(data, event.locals.locale);
    if (!input) return fail(400, { action: 'method' as const, ...values, message: error });
    const result = await updateRound(event, roundId, input);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'method' as const, ...values, message: result.message });
    redirect(303, to(roundId, 'method'));
  },

  close: async (event) => {
    const { roundId, data, t } = await begin(event);
    if (data.get('confirm') !== 'on') return fail(400, { action: 'close' as const, message: t('round.close.confirmRequired') });
    const result = await updateRound(event, roundId, { closesAt: new Date().toISOString() });
    if (!result.ok) return fail(errorStatus(result.status), { action: 'close' as const, message: result.message });
    redirect(303, to(roundId, 'closed'));
  },

  shortlist: async (event) => {
    const { roundId, data } = await begin(event);
    const { values, errors, input } = readShortlistForm(data, event.locals.locale);
    if (!input) return fail(400, { action: 'shortlist' as const, values, errors, message: undefined });
    const result = await createShortlist(event, roundId, input);
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'shortlist' as const, values, errors, message: result.message });
    }
    redirect(303, `/organizer/rounds/${result.data.id}?created=1`);
  },
};
