import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES } from '../../src/core/invariant.js';
import { checklistStatus, markPracticeDone, startManagementChecklist, type ManagementChecklist } from '../../src/funnel/management-checklist.js';
import { MANAGEMENT_PRACTICES_BY_STEP, ManagementPracticeSchema, type ManagementPractice } from '../../src/funnel/management-step.js';
import { deepFreeze, march } from './fixtures.js';
import { FUNNEL_MESSAGES } from '../../src/funnel/messages.js';

function mark(c: ManagementChecklist, practice: ManagementPractice, at: Date): ManagementChecklist {
  const r = markPracticeDone(c, practice, at);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the customer-management checklist (收集信息 → 差异性分析 → 保持联系 → 满足需求)', () => {
  test('the steps hold 3 + 7 + 8 + 7 practices, each exactly once (seed 003 unit 1)', () => {
    const all = Object.values(MANAGEMENT_PRACTICES_BY_STEP).flat();
    expect(Object.values(MANAGEMENT_PRACTICES_BY_STEP).map((p) => p.length)).toEqual([3, 7, 8, 7]);
    expect([...all].sort()).toEqual([...ManagementPracticeSchema.options].sort());
  });

  test('a new checklist starts at the first step with nothing done', () => {
    const s = checklistStatus(startManagementChecklist('C-1'));
    expect(s.currentStep).toBe('collect-information');
    expect(s.progress).toEqual({ kind: 'rate', numerator: 0, denominator: 25 });
    expect(s.steps.map((x) => x.missing.length)).toEqual([3, 7, 8, 7]);
  });

  test('marking practices moves the current step; repeated marks keep the latest time', () => {
    let c = deepFreeze(startManagementChecklist('C-1'));
    for (const p of MANAGEMENT_PRACTICES_BY_STEP['collect-information']) c = deepFreeze(mark(c, p, march(2)));
    c = mark(c, 'split-abc', march(3));
    c = mark(c, 'split-abc', march(9));
    c = mark(c, 'split-abc', march(5));
    const s = checklistStatus(c);
    expect(c.entries).toHaveLength(6);
    expect(s.steps[0]).toMatchObject({ step: 'collect-information', complete: true, missing: [] });
    expect(s.steps[1]?.lastDone).toEqual({ 'split-abc': march(9) });
    expect(s.steps[1]?.done).toEqual({ kind: 'rate', numerator: 1, denominator: 7 });
    expect(s.currentStep).toBe('differentiation-analysis');
    expect(s.progress).toEqual({ kind: 'rate', numerator: 4, denominator: 25 });
  });

  test('all 25 done: no current step', () => {
    let c = startManagementChecklist('C-1');
    for (const p of ManagementPracticeSchema.options) c = mark(c, p, march(2));
    expect(checklistStatus(c).currentStep).toBe(null);
    expect(checklistStatus(c).steps.every((s) => s.complete)).toBe(true);
  });

  test('an entry with an invalid date is INVALID_DATE naming the entry, never kept as the time last done', () => {
    const valid = mark(startManagementChecklist('C-1'), 'collect-customer-information', march(2));
    const invalid = { practice: 'collect-customer-information', doneAt: new Date('x') } as const;
    // Before a valid entry of the same practice (it used to be kept as lastDone), after it, or alone.
    for (const entries of [[invalid, ...valid.entries], [...valid.entries, invalid], [invalid]]) {
      const checklist = deepFreeze({ customerId: 'C-1', entries });
      const index = entries.indexOf(invalid);
      expect(() => checklistStatus(checklist)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', message: CORE_MESSAGES.INVALID_DATE, details: expect.objectContaining({ path: ['entries', index, 'doneAt'] }) }),
      );
    }
    const notADate = { customerId: 'C-1', entries: [{ practice: 'split-abc', doneAt: '2026-03-02' }] } as unknown as ManagementChecklist;
    expect(() => checklistStatus(notADate)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(checklistStatus(valid).steps[0]?.lastDone).toEqual({ 'collect-customer-information': march(2) });
  });

  test('an entry with a practice that is not the textbook\'s is UNKNOWN_CHECKLIST_ITEM, never counted towards progress', () => {
    const valid = mark(startManagementChecklist('C-1'), 'collect-customer-information', march(2));
    // Before: 'golf' counted as a practice done (progress 2 of 25 here).
    const golf = { customerId: 'C-1', entries: [...valid.entries, { practice: 'golf', doneAt: march(3) }] } as unknown as ManagementChecklist;
    expect(() => checklistStatus(golf)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CHECKLIST_ITEM', message: FUNNEL_MESSAGES.UNKNOWN_CHECKLIST_ITEM, details: { path: ['entries', 1, 'practice'], received: 'golf' } }),
    );
  });

  test('an unknown practice or an invalid date is returned as an error in both locales; a note is kept', () => {
    const c = startManagementChecklist('C-1');
    const unknown = markPracticeDone(c, 'golf' as ManagementPractice, march(2));
    expect(unknown.ok ? null : [unknown.error.code, unknown.error.messages['zh-CN'], unknown.error.messages.en]).toEqual([
      'UNKNOWN_PRACTICE',
      '未知的客户管理事项“golf”',
      'unknown customer-management practice "golf"',
    ]);
    const bad = markPracticeDone(c, 'split-abc', new Date('x'));
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_DATE');
    const noted = markPracticeDone(c, 'identify-real-needs', march(2), '走访了仓储部');
    expect(noted.ok && noted.value.entries[0]).toEqual({ practice: 'identify-real-needs', doneAt: march(2), note: '走访了仓储部' });
    expect(c.entries).toEqual([]);
  });
});
