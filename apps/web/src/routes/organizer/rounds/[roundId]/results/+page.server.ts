import { redirect } from '@sveltejs/kit';
import {
  dataOrError,
  EXPORT_TABLES,
  exportUrl,
  getContest,
  getRound,
  getReliability,
  getRoundResults,
} from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import { reliabilityFigures } from '$lib/server/reliability';
import type { ScoreMethod } from '$lib/types';
import type { PageServerLoad } from './$types';

const METHODS: readonly ScoreMethod[] = ['mean', 'corrected', 'zscore'];

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const roundId = idParam(event.params.roundId);
  const asked = event.url.searchParams.get('method');
  const method = METHODS.find((m) => m === asked) ?? 'mean';
  const askedPage = Number(event.url.searchParams.get('page') ?? 1);
  const page = Number.isSafeInteger(askedPage) && askedPage >= 1 && askedPage <= 100_000 ? askedPage : 1;
  const [round, results, reliability] = await Promise.all([
    getRound(event, roundId),
    getRoundResults(event, roundId, method, page),
    getReliability(event, roundId),
  ]);
  // A page that is not there (an old link, fewer entries since): the first one.
  if (!results.ok && results.status === 400 && page > 1) redirect(303, `/organizer/rounds/${roundId}/results?method=${method}`);
  const detail = dataOrError(round);
  const contest = dataOrError(await getContest(event, detail.contestId));
  return {
    round: detail,
    contest,
    method,
    methods: METHODS,
    results: dataOrError(results),
    // The report is a supplement: the ranking still shows if it cannot be computed.
    reliability: reliability.ok ? reliabilityFigures(reliability.data, event.locals.locale) : null,
    exports: EXPORT_TABLES.map((table) => ({
      table,
      csv: exportUrl(roundId, table, 'csv', method),
      xlsx: exportUrl(roundId, table, 'xlsx', method),
    })),
  };
};
