import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './attack-world.ts';

/*
 * A judge's score sheet open in two tabs: each save names the saved sheet it was made on
 * (`baseUpdatedAt`: the sheet's `updatedAt` as the tab last had it, null before the first save).
 * A tab still showing an older sheet never turns the sheet the other tab submitted back into a
 * draft with its own scores; its save is refused instead.
 */

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => world.ctx.close());

interface Sheet { score: { status: string; updatedAt: string; values: Record<string, number> } | null }

const put = (payload: object) => world.ctx.app.inject({
  method: 'PUT', url: `/api/judging/assignments/${world.assignmentId}/score`, headers: { cookie: world.cookie.assignedJudge }, payload,
});
const sheet = async () => (await world.ctx.app.inject({
  url: `/api/judging/assignments/${world.assignmentId}`, headers: { cookie: world.cookie.assignedJudge },
})).json<Sheet>().score;

describe('a score sheet open in two tabs', () => {
  it('refuses the older tab\'s draft save over the sheet the other tab submitted', async () => {
    const scores = (value: number) => Object.fromEntries(world.criterionIds.map((id) => [id, value]));
    // Both tabs opened on the sheet the judge submitted.
    const opened = (await sheet())!;
    expect(opened.status).toBe('submitted');

    // Tab A submits again; tab B, opened on the same sheet, then autosaves its own half-made scores.
    const tabA = await put({ scores: scores(9), comment: 'Xuất sắc.', submit: true, baseUpdatedAt: opened.updatedAt });
    expect(tabA.statusCode, tabA.body).toBe(200);
    const tabB = await put({ scores: scores(5), comment: 'Đang đọc', submit: false, baseUpdatedAt: opened.updatedAt });
    expect(tabB.statusCode, tabB.body).toBe(409);
    expect(tabB.json().error.code).toBe('sheet_changed_elsewhere');
    const kept = (await sheet())!;
    expect(kept.status).toBe('submitted');
    expect(Object.values(kept.values)).toEqual(world.criterionIds.map(() => 9));

    // Made on the sheet as it is now, a save goes through.
    const revised = await put({ scores: scores(8), comment: 'Rất tốt.', submit: true, baseUpdatedAt: kept.updatedAt });
    expect(revised.statusCode, revised.body).toBe(200);
  });

  it('never turns a submitted sheet back into a draft, even a draft made on it: it changes by submitting again', async () => {
    const scores = (value: number) => Object.fromEntries(world.criterionIds.map((id) => [id, value]));
    const submitted = (await sheet())!;
    expect(submitted.status).toBe('submitted');
    for (const baseUpdatedAt of [submitted.updatedAt, undefined]) {
      const draft = await put({ scores: scores(3), comment: 'Nửa chừng.', submit: false, ...(baseUpdatedAt && { baseUpdatedAt }) });
      expect(draft.statusCode, draft.body).toBe(409);
      expect(draft.json().error).toEqual({
        code: 'sheet_submitted', message: 'Phiếu chấm này đã được nộp. Muốn đổi điểm, hãy sửa rồi bấm «Nộp lại điểm».',
      });
    }
    expect(await sheet()).toEqual(submitted);
  });
});
