/**
 * Regression: a decree that replaces forms annexed to another (`Thay thế các Mẫu số 10, 65 … tại Phụ lục ban hành
 * kèm theo Nghị định số 58/2017/NĐ-CP bằng …`) changes those forms, not the whole decree — it was read as replacing
 * 58/2017 whole, so its status became `replaced`. Excerpt of a real dev-split decree (NĐ 14/2026/NĐ-CP, cắt giảm thủ
 * tục hành chính), cut to the lines that matter; the structure is the genre's (forms annexed to a decree's Phụ lục).
 */
import { describe, expect, it } from 'vitest';
import { foldedForm } from '../../../core/text/vietnamese.ts';
import { parseDocument } from '../../parse-document.ts';
import { partsIn } from './parts.ts';

const TEXT = `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 14/2026/NĐ-CP
Hà Nội, ngày 10 tháng 01 năm 2026
NGHỊ ĐỊNH
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA CÁC NGHỊ ĐỊNH
Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 58/2017/NĐ-CP
1. Sửa đổi, bổ sung Điều 6 như sau:
2. Thay thế các Mẫu số 10, 65, 66 tại Phụ lục ban hành kèm theo Nghị định số 58/2017/NĐ-CP bằng các Mẫu số 10, 65, 66 tại Phụ lục V ban hành kèm theo Nghị định này.
Điều 2. Sửa đổi, bổ sung một số điều của Nghị định số 70/2016/NĐ-CP
1. Thay thế Mẫu số 02 tại Phụ lục ban hành kèm theo Nghị định số 70/2016/NĐ-CP tương ứng bằng Mẫu số 02 tại Phụ lục VI ban hành kèm theo Nghị định này.
2. Bổ sung Điều 4a vào sau Điều 4 như sau:
`;

describe('forms annexed to a decree', () => {
  it('names each form as a part, and a form before its appendix as part of it', () => {
    const parts = (s: string) => partsIn(s, foldedForm(s));
    expect(parts('các Mẫu số 10, 65, 66 tại Phụ lục')).toEqual(['Mẫu số 10', 'Mẫu số 65', 'Mẫu số 66']);
    expect(parts('Mẫu số 02 Phụ lục VI')).toEqual(['Mẫu số 02 Phụ lục VI']);
  });

  it('reads `Thay thế các Mẫu số … tại Phụ lục … Nghị định số …` as a change of those forms, never of the whole decree', () => {
    const doc = parseDocument(TEXT, { documentId: 'x', sourceName: 'x.txt' });
    const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
    const changes = (doc.validity?.links ?? [])
      .filter((l) => l.relation !== 'basis' && l.relation !== 'guides')
      .map((l) => [l.relation, l.targetKey ? symbol.get(l.targetKey) : null, l.targetPart]);
    expect(changes).toContainEqual(['amends', '58/2017/NĐ-CP', 'Mẫu số 10']);
    expect(changes).toContainEqual(['amends', '58/2017/NĐ-CP', 'Mẫu số 66']);
    expect(changes).toContainEqual(['amends', '70/2016/NĐ-CP', 'Mẫu số 02']);
    // Neither decree is replaced, and a form is no article's parent (`Điều 4a`, not `Điều 4a Mẫu số 02`).
    expect(changes.filter(([relation]) => relation === 'replaces')).toEqual([]);
    expect(changes).toContainEqual(['amends', '70/2016/NĐ-CP', 'Điều 4a']);
    expect(changes.filter(([, , part]) => /Điều .*Mẫu số/u.test(String(part)))).toEqual([]);
  });
});
