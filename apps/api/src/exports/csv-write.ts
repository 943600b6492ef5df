import { spreadsheetText, type Cell, type Table } from './tables.ts';

/**
 * What makes a CSV cell quoted: RFC 4180's quote, comma and line breaks, and the other separators
 * a spreadsheet splits on (Excel uses the list separator of Windows' regional settings, ';' in
 * Vietnamese; LibreOffice offers ';' and tab). Unquoted, `Bài;=1+1;` read with ';' gave a cell
 * starting with `=`: only a cell's own start is checked for a formula.
 */
const QUOTED_CSV_TEXT = /[",;\t\r\n]/;

/** A text cell as the CSV holds it: no XML control, an apostrophe before a formula, quoted when it must be. */
function csvText(value: string): string {
  const text = spreadsheetText(value);
  return QUOTED_CSV_TEXT.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Bytes are written in runs of this size: few enough to stay out of the way, enough to make few buffers. */
const CHUNK_BYTES = 1 << 20;

/**
 * Texts that are not plain ASCII (judges' names, a sheet's status) and numbers that are not whole
 * are encoded once per file when they come again, up to this many of each: a name repeats on every
 * sheet of its judge. A text is written as it comes the first time (a title, an author's name: most
 * are in one row only, and encoding each into a buffer of its own to keep was most of a 100,000-row
 * results file's time). Past the limit texts are written each time: a file of unique texts does not
 * grow the map without end.
 */
const ENCODED_TEXTS = 65_536;

/** Longer texts (judges' comments) rarely repeat: written as they come, so what is kept stays small. */
const ENCODED_TEXT_LENGTH = 256;

const [QUOTE, COMMA, SEMICOLON, EQUALS, PLUS, MINUS, AT] = ['"', ',', ';', '=', '+', '-', '@'].map((c) => c.charCodeAt(0));
const CRLF = [13, 10];

/**
 * RFC 4180 CSV written straight to UTF-8 bytes. A 220,000-row export made as strings (in UTF-16,
 * for the Vietnamese in it), joined and then encoded was ~450 ms of its ~1.2 s; here most cells are
 * plain ASCII (codes, numbers, times) copied byte by byte, and the others are encoded once.
 */
class CsvBytes {
  readonly written: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;
  /** Texts met so far: their bytes once met twice, null after once. */
  private readonly encoded = new Map<string, Buffer | null>();
  private readonly numbers = new Map<number, Buffer>();

  line(row: readonly Cell[]): void {
    for (let k = 0; k < row.length; k++) {
      if (k > 0) this.byte(COMMA!);
      this.cell(row[k]!);
    }
    this.byte(CRLF[0]!);
    this.byte(CRLF[1]!);
  }

  /** What is written, as buffers of their own bytes (the last chunk cut to its end). */
  end(): Buffer[] {
    this.flush();
    this.chunk = Buffer.alloc(0);
    return this.written;
  }

  /**
   * The chunk's bytes so far added to what is written. A chunk less than half full (a small file's
   * only one, a file's last) is copied to memory of its own size: a view of it would hold the whole
   * megabyte, and a kept file (score-sheets-split.ts) is weighed by its bytes. Never a slice of the
   * pool small Buffers share: the round thread hands these over (round-thread-entry.ts).
   */
  private flush(): void {
    const { chunk, at } = this;
    if (at === 0) return;
    if (at * 2 >= chunk.length) this.written.push(chunk.subarray(0, at));
    else {
      const own = Buffer.allocUnsafeSlow(at);
      chunk.copy(own, 0, 0, at);
      this.written.push(own);
    }
    this.at = 0;
  }

  private cell(value: Cell): void {
    if (value === null) return;
    // A number's text is ASCII and needs neither rule.
    if (typeof value === 'number') this.number(value);
    else if (this.plainAscii(value)) return;
    else if (value.length <= ENCODED_TEXT_LENGTH) this.shortText(value);
    else this.text(csvText(value));
  }

  /** Text written as UTF-8 (a UTF-16 unit is at most three bytes of it). */
  private text(text: string): void {
    this.room(text.length * 3);
    this.at += this.chunk.write(text, this.at);
  }

  /**
   * A number as String() writes it. A sheet's scores are a million numbers at 100,000 entries:
   * whole ones are written digit by digit, others (8.5, …) encoded once, up to a limit.
   */
  private number(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value < 1e15)) {
      let bytes = this.numbers.get(value);
      if (!bytes) {
        bytes = Buffer.from(String(value));
        if (this.numbers.size < ENCODED_TEXTS) this.numbers.set(value, bytes);
      }
      this.bytes(bytes);
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    const { chunk } = this;
    const start = this.at;
    let rest = value;
    for (let at = start + digits - 1; at >= start; at--, rest = Math.floor(rest / 10)) chunk[at] = 48 + (rest % 10);
    this.at = start + digits;
  }

  /** A text of up to ENCODED_TEXT_LENGTH characters: written as it comes the first time, its bytes kept and copied after. */
  private shortText(value: string): void {
    const kept = this.encoded.get(value);
    if (kept) {
      this.bytes(kept);
      return;
    }
    const text = csvText(value);
    if (kept === undefined) {
      if (this.encoded.size < ENCODED_TEXTS) this.encoded.set(value, null);
      this.text(text);
      return;
    }
    const bytes = Buffer.from(text);
    this.encoded.set(value, bytes);
    this.bytes(bytes);
  }

  /**
   * Writes `text` as it is when it is printable ASCII without a quote or separator and does not
   * start like a formula (such text the full rule leaves unchanged); else writes nothing and says so.
   */
  private plainAscii(text: string): boolean {
    const first = text.charCodeAt(0);
    if (first === EQUALS || first === PLUS || first === MINUS || first === AT) return false;
    this.room(text.length);
    const { chunk } = this;
    let at = this.at;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7f || c === QUOTE || c === COMMA || c === SEMICOLON) return false;
      chunk[at++] = c;
    }
    this.at = at;
    return true;
  }

  private bytes(bytes: Uint8Array): void {
    const { length } = bytes;
    this.room(length);
    const { chunk } = this;
    const at = this.at;
    if (length < 64) {
      for (let i = 0; i < length; i++) chunk[at + i] = bytes[i]!;
    } else chunk.set(bytes, at);
    this.at = at + length;
  }

  private byte(byte: number): void {
    this.room(1);
    this.chunk[this.at] = byte;
    this.at += 1;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.chunk.length) return;
    this.flush();
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
  }
}

/** A CSV's first line: a BOM, so spreadsheet programs read the Vietnamese as UTF-8, and the header. */
export function csvHeader(header: readonly string[]): Buffer {
  return Buffer.from(`\uFEFF${header.map(csvText).join(',')}\r\n`);
}

/** RFC 4180 CSV lines of `rows`, each ended by CRLF, as the bytes sent. */
export function csvLines(rows: Iterable<readonly Cell[]>): Buffer[] {
  const out = new CsvBytes();
  for (const row of rows) out.line(row);
  return out.end();
}

/**
 * A table as a CSV file, in the buffers it was written in: sent one after another, never joined
 * (a copy of a 220,000-sheet export's 18 MB, into memory touched for the first time, was ~50 ms).
 */
export function toCsv(table: Table): Buffer[] {
  return [csvHeader(table.header), ...csvLines(table.rows)];
}
