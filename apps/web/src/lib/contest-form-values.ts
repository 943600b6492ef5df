/** What the contest form shows: every value as typed, so a refused form comes back unchanged. */
export interface ContestFormValues {
  title: string;
  slug: string;
  description: string;
  rules: string;
  status: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  minWords: string;
  maxWords: string;
  /** One category per line. */
  categories: string;
  sameUnitConflict: boolean;
  kinds: string[];
  maxAttachments: string;
  maxFileMb: string;
  /** Per cent of the scale, as typed ("20"). */
  disagreementPercent: string;
  adjudicationMethod: string;
  /** Empty: no limit. */
  entriesPerAuthor: string;
  tiers: { name: string; count: string }[];
  criteria: { name: string; description: string; weight: string; min: string; max: string }[];
}
