import { error } from '@sveltejs/kit';
import { dataOrError, getEntry, getReceipt } from '$lib/server/api';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  const entryId = idParam(event.params.entryId);
  const versionParam = event.url.searchParams.get('version');
  const version = versionParam === null ? undefined : Number(versionParam);
  if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) error(404);

  const entry = dataOrError(await getEntry(event, entryId));
  // Nothing submitted yet: the page says so rather than "not found".
  const receipt = entry.versions.length === 0 ? null : dataOrError(await getReceipt(event, entryId, version));
  return {
    entry: { id: entry.id, versions: entry.versions.map(({ version: v, submittedAt }) => ({ version: v, submittedAt })) },
    receipt,
    submitted: event.url.searchParams.has('submitted'),
  };
};
