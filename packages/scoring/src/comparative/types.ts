/** One judge's choice between two entries: `winner` was judged the better of the pair. */
export interface Comparison {
  winner: string;
  loser: string;
  judge: string;
}
