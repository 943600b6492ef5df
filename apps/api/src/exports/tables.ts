import {
  entryLabelAt, getRound, getUnit, getUser, listEntriesByContest, listEntryLabels, listUnits, listCriteria, SHEET_STATUSES, type DbOrTx, type ListedSheets, type Round,
} from '@guong-sang/db';
import { roundChoices } from '../judging/comparisons.ts';
import { exportTexts, type ExportTexts } from '../lib/document-texts.ts';
import { notFound } from '../lib/errors.ts';
import type { Locale } from '../lib/locale.ts';
import { formatVietnamTime } from '../lib/time.ts';
import { roundListedSheetsKept, roundResultJudges, roundResults } from '../results/round-results.ts';
import { withoutXmlControls, writeXlsx } from './xlsx-write.ts';
import { scoreAmong, type ScoreMethod } from '@guong-sang/scoring';

/** Two decimals, as the results page shows scores (the web's formatScore); ranking used the unrounded values. */
const asShown = (value: number | null) => value === null ? null : Math.round(value * 100) / 100;

export type Cell = string | number | null;
export interface Table { title: string; header: string[]; rows: Iterable<readonly Cell[]> }

/**
 * A large table's rows made one at a time as its file is written: the 220,000 rows of a score-sheet
 * export held at once were half its time in garbage collection.
 */
function rowsOf<T>(items: readonly T[], row: (item: T) => Cell[]): Iterable<Cell[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield row(item);
    },
  };
}
export type TableName = 'results' | 'sheets' | 'judges' | 'units';

/** The organizer's exports of a round, as plain tables headed in the organizer's language. */
export function exportTable(db: DbOrTx, roundId: number, name: TableName, locale: Locale, method: ScoreMethod): Table {
  const round = getRound(db, roundId);
  if (!round) throw notFound();
  const texts = exportTexts[locale];
  // Results and judges are cached until a write changes the round's results (results/results-cache.ts).
  const comparative = round.method === 'comparative';
  switch (name) {
    case 'results': {
      const { entries } = roundResults(db, roundId, method);
      if (comparative) {
        return {
          title: texts.comparativeResults.title,
          header: texts.comparativeResults.header.map((column) => column.replace('{method}', texts.methods.comparative)),
          rows: entries.map((e) => [e.rank, e.tie ? 'x' : '', e.code, e.title, asShown(e.score), asShown(e.standardError),
            asShown(e.interval?.low ?? null), asShown(e.interval?.high ?? null), e.comparisons, e.wins, e.nearPrizeLine ? 'x' : '',
            e.authorName, e.unitName]),
        };
      }
      return {
        title: texts.results.title,
        header: texts.results.header.map((column) => column.replace('{method}', texts.methods[method])),
        rows: rowsOf<(typeof entries)[number]>(entries, (e) => [e.rank, e.tie ? 'x' : '', e.code, e.title, asShown(e.raw), asShown(e.score), e.readers,
          e.adjudicated ? 'x' : '', e.authorName, e.unitName]),
      };
    }
    case 'sheets': {
      if (comparative) {
        const labels = listEntryLabels(db, round.contestId, undefined, false);
        const codeOf = (entryId: number) => labels.codes[entryLabelAt(labels, entryId)] ?? '';
        // The choices the results count, no other: not those set aside by a recusal, nor on entries that left the round.
        return {
          ...texts.comparisons,
          rows: roundChoices(db, round).rows.map((c) => [codeOf(c.leftEntryId), codeOf(c.rightEntryId), codeOf(c.winnerEntryId), getUser(db, c.judgeId)?.fullName ?? '', c.note, formatVietnamTime(c.createdAt)]),
        };
      }
      return scoreSheetsTable(db, round, texts, roundListedSheetsKept(db, round));
    }
    case 'judges': {
      const { comparative: comparativeFit, judges } = roundResultJudges(db, roundId, method);
      if (comparativeFit) {
        return {
          ...texts.comparativeJudges,
          rows: comparativeFit.judges.map((j) => [j.judgeName, j.comparisons, asShown(j.infit), asShown(j.outfit), j.misfit ? 'x' : '']),
        };
      }
      return {
        ...texts.judges,
        rows: judges.map((j) => [j.judgeName, j.sheets, asShown(j.severity), asShown(j.se), j.flagged ? 'x' : '']),
      };
    }
    case 'units': {
      const counts = new Map<number, number>();
      for (const entry of listEntriesByContest(db, round.contestId)) {
        if (entry.status !== 'submitted') continue;
        const unitId = getUser(db, entry.authorId)?.unitId;
        if (unitId !== undefined) counts.set(unitId, (counts.get(unitId) ?? 0) + 1);
      }
      return {
        ...texts.units,
        rows: listUnits(db).map((unit) => {
          const entries = counts.get(unit.id) ?? 0;
          return [getUnit(db, unit.id)?.name ?? unit.name, unit.headcount, entries,
            unit.headcount > 0 ? asShown((100 * entries) / unit.headcount) : null];
        }),
      };
    }
  }
}

/**
 * A rubric round's score sheets as a table, one row per sheet of `sheets` (all of the round's, or
 * those of some of its entries: the round thread writes half), with the judges' names and the
 * rubric as `db` reads them now.
 */
export function scoreSheetsTable(db: DbOrTx, round: Round, texts: ExportTexts, sheets: ListedSheets): Table {
  const criteria = listCriteria(db, round.contestId);
  // Names are read for each export, not kept with the sheets: a judge's name can change.
  const judgeNames = sheets.judgeIds.map((judgeId) => getUser(db, judgeId)?.fullName ?? '');
  const statuses = SHEET_STATUSES.map((status) => texts.sheetStatus[status]);
  // Shown to the minute: sheets saved in the same minute share one text.
  const times = new Map<number, string>();
  const timeOf = (ms: number) => {
    const minute = Math.floor(ms / 60_000);
    let text = times.get(minute);
    if (text === undefined) times.set(minute, text = formatVietnamTime(new Date(ms)));
    return text;
  };
  const { pairStart, pairs } = sheets;
  const criterionIds = criteria.map((c) => c.id);
  return {
    title: texts.sheets.title,
    header: [...texts.sheets.header.before, ...criteria.map((c) => c.name), ...texts.sheets.header.after],
    rows: {
      *[Symbol.iterator]() {
        for (let k = 0; k < sheets.count; k++) {
          const row: Cell[] = [sheets.code[k]!, judgeNames[sheets.judge[k]!] ?? '', statuses[sheets.status[k]!]!];
          // Scores are saved in the rubric's order: each is where the last one ended, unless the rubric changed since.
          const end = pairStart[k + 1]!;
          let p = pairStart[k]!;
          for (let c = 0; c < criterionIds.length; c++) {
            const id = criterionIds[c]!;
            if (p < end && pairs[p] === id) {
              row.push(pairs[p + 1]!);
              p += 2;
            } else row.push(scoreAmong(pairs, pairStart[k]!, end, id) ?? null);
          }
          row.push(sheets.comment[k]!, timeOf(sheets.updatedAt[k]!));
          yield row;
        }
      },
    },
  };
}

/**
 * Text that a spreadsheet would read as a formula (names, titles, comments and criteria are user
 * input) gets a leading apostrophe, as OWASP's CSV-injection advice says; numbers stay numbers. The
 * check reads the text as the file will hold it: the controls XML cannot carry go first, since a
 * control before `=` hid the formula from the check and then was dropped from the XLSX.
 */
export function spreadsheetText(text: string): string {
  const written = withoutXmlControls(text);
  return /^[=+\-@\t\r]/.test(written) ? `'${written}` : written;
}

export function spreadsheetCell(value: Cell): Cell {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}

export function toXlsx(table: Table): Promise<Buffer> {
  function* cells() {
    for (const row of table.rows) yield row.map(spreadsheetCell);
  }
  return writeXlsx(table.title, table.header.map(spreadsheetText), cells());
}
