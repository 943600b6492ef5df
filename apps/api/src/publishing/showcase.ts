import {
  getUnit, getUser, listAttachmentsByIds, listAwards, listPrizeTiers, type DbOrTx, type Entry, type Publication,
} from '@guong-sang/db';

/*
 * How a winning story is presented wherever it appears (showcase, story page, anthology,
 * certificates, the entrant's own list): its byline, its photos, its tier and place.
 */

/** The byline's parts the author allowed: chosen name, unit only when they said so. */
export function bylineOf(publication: Publication, authorUnitName: string | null) {
  return { displayName: publication.displayName, unitName: publication.showUnit ? authorUnitName : null };
}

/** One story's byline, its author's unit read from the database. */
export function byline(db: DbOrTx, entry: Entry, publication: Publication) {
  const author = publication.showUnit ? getUser(db, entry.authorId) : undefined;
  return bylineOf(publication, author ? (getUnit(db, author.unitId)?.name ?? null) : null);
}

/**
 * A contest's prize tiers and its winners' places: the tier name of each winning entry, and its
 * rank in the showcase (tier by tier in the contest's order, then in the order the awards were
 * decided), by which story lists (previous/next, the anthology) sort.
 */
export function tierNames(db: DbOrTx, contestId: number) {
  const tiers = listPrizeTiers(db, contestId);
  const awards = listAwards(db, contestId);
  const tierPlace = new Map(tiers.map((t, i) => [t.id, i]));
  const names = new Map(tiers.map((t) => [t.id, t.name]));
  const byEntry = new Map(awards.map((a, i) => [a.entryId, { tierId: a.tierId, rank: (tierPlace.get(a.tierId) ?? 0) * awards.length + i }]));
  return {
    tiers,
    tierOf: (entryId: number) => names.get(byEntry.get(entryId)?.tierId ?? -1) ?? '',
    rankOf: (entryId: number) => byEntry.get(entryId)?.rank ?? Number.MAX_SAFE_INTEGER,
  };
}

/** Tier names by contest and entry, each contest's awards read once per lookup table. */
export function tierLookup(db: DbOrTx) {
  const byContest = new Map<number, (entryId: number) => string>();
  return (contestId: number, entryId: number) => {
    let tierOf = byContest.get(contestId);
    if (!tierOf) {
      tierOf = tierNames(db, contestId).tierOf;
      byContest.set(contestId, tierOf);
    }
    return tierOf(entryId);
  };
}

/**
 * Photos the author chose to show, in their order, that still have a sanitized copy: for many
 * publications at once, read in one query.
 */
export function publicPhotoLookup(db: DbOrTx, publications: readonly Publication[]) {
  const byId = new Map(listAttachmentsByIds(db, publications.flatMap((p) => p.photoIds)).map((a) => [a.id, a]));
  return (publication: Publication) => publication.photoIds.flatMap((id) => {
    const photo = byId.get(id);
    return photo?.kind === 'photo' && photo.sanitizedSha256 ? [photo] : [];
  });
}

/** One publication's public photos (publicPhotoLookup). */
export const publicPhotos = (db: DbOrTx, publication: Publication) => publicPhotoLookup(db, [publication])(publication);
