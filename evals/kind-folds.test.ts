import { describe, expect, it } from 'vitest';
import { readTrainingFile } from '../answer/question-kind-model.ts';
import { foldOf } from './kind-folds.ts';

describe('foldOf', () => {
  it('puts a question typed with and without diacritics in one fold, and other questions elsewhere', () => {
    const examples = [
      { text: 'Cơ quan nào chủ trì kiểm tra kho vật liệu nổ?', label: 'lead' as const },
      { text: 'Co quan nao chu tri kiem tra kho vat lieu no?', label: 'lead' as const },
      { text: 'Thời hạn nộp báo cáo là khi nào?', label: 'deadline' as const },
    ];
    const [a, b, c] = foldOf(examples, 2);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('never splits a training question’s forms across folds of the real training file', () => {
    const examples = readTrainingFile();
    const fold = foldOf(examples, 10);
    const byWords = new Map<string, Set<number>>();
    examples.forEach((e, i) => {
      const key = e.text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/giu, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      byWords.set(key, (byWords.get(key) ?? new Set()).add(fold[i]));
    });
    expect([...byWords.values()].filter((s) => s.size > 1)).toEqual([]);
    expect(new Set(fold).size).toBe(10);
  });
});
