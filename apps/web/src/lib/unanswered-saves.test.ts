import { describe, expect, it } from 'vitest';
import type { ClientResult } from '$lib/client/fetch-api';
import { UnansweredSaves } from './unanswered-saves';

interface Stored {
  text: string;
  version: string;
}

const noAnswer: ClientResult<Stored> = { ok: false, retry: true, status: 0 };
const elsewhere: ClientResult<Stored> = { ok: false, retry: false, status: 409, code: 'changed_elsewhere', message: 'Đã lưu ở thẻ khác.' };

/** A server that holds `held`, refuses a save on any other version, and records every request. */
function server(held: Stored, answers: 'answer' | 'lose' = 'answer') {
  const requests: string[] = [];
  let lose = answers === 'lose';
  const save = (text: string, base: string) => async (version?: string): Promise<ClientResult<Stored>> => {
    requests.push(`save ${text} on ${version ?? base}`);
    if ((version ?? base) !== held.version) return elsewhere;
    held = { text, version: `${Number(held.version) + 1}` };
    if (lose) {
      lose = false;
      return noAnswer;
    }
    return { ok: true, data: held };
  };
  return {
    requests,
    save,
    read: async (): Promise<ClientResult<Stored>> => {
      requests.push('read');
      return { ok: true, data: held };
    },
  };
}

describe('UnansweredSaves.save', () => {
  it('goes on from a save of its own whose answer was lost: sent again on the version that save made', async () => {
    const saves = new UnansweredSaves<string>((text) => text);
    const remote = server({ text: 'a', version: '1' }, 'lose');
    const io = (text: string, base: string) => ({
      send: remote.save(text, base), conflict: 'changed_elsewhere', read: remote.read, versionOf: (s: Stored) => s.version,
      settle: (s: Stored) => (saves.includes((sent) => sent === s.text) ? 'resend' as const : 'refused' as const),
    });
    expect(await saves.save('ab', io('ab', '1'))).toEqual(noAnswer);
    expect(saves.any).toBe(true);
    const next = await saves.save('abc', io('abc', '1'));
    expect(next).toEqual({ ok: true, data: { text: 'abc', version: '3' } });
    expect(remote.requests).toEqual(['save ab on 1', 'save abc on 1', 'read', 'save abc on 2']);
    expect(saves.any).toBe(false);
  });

  it('leaves the refusal standing when the server holds another tab\'s text, and does not read without a save unanswered', async () => {
    const saves = new UnansweredSaves<string>((text) => text);
    const remote = server({ text: 'from another tab', version: '5' });
    const io = {
      send: remote.save('mine', '4'), conflict: 'changed_elsewhere', read: remote.read, versionOf: (s: Stored) => s.version,
      settle: () => 'refused' as const,
    };
    expect(await saves.save('mine', io)).toEqual(elsewhere);
    expect(remote.requests).toEqual(['save mine on 4']);
    saves.add('earlier, unanswered');
    expect(await saves.save('mine', io)).toEqual(elsewhere);
    expect(remote.requests).toEqual(['save mine on 4', 'save mine on 4', 'read']);
  });

  it('takes the stored copy as its answer when settled so, and stays offline when the read gets no answer either', async () => {
    const saves = new UnansweredSaves<string>((text) => text);
    saves.add('submitted');
    const remote = server({ text: 'submitted', version: '2' });
    const taken = await saves.save('submitted', {
      send: remote.save('submitted', '1'), conflict: 'changed_elsewhere', read: remote.read, versionOf: (s: Stored) => s.version,
      settle: () => 'take' as const,
    });
    expect(taken).toEqual({ ok: true, data: { text: 'submitted', version: '2' } });
    expect(remote.requests).toEqual(['save submitted on 1', 'read']);

    saves.add('typed offline');
    const offline = await saves.save('typed offline', {
      send: remote.save('typed offline', '1'), conflict: 'changed_elsewhere', read: async () => noAnswer, versionOf: (s: Stored) => s.version,
      settle: () => 'resend' as const,
    });
    expect(offline).toEqual(noAnswer);
    expect(saves.any).toBe(true);
  });
});
