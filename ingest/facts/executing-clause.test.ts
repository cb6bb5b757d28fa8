/** @module ingest/facts/executing-clause.test — the executors a decision's closing article names (real excerpts, archive dev). */
import { describe, expect, it } from 'vitest';
import type { BodyContext } from './bodies.ts';
import { executingRoles } from './executing-clause.ts';

const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };

const executors = (text: string) =>
  executingRoles({ text, span: { start: 100, end: 100 + text.length } }, LAO_CAI).map((r) => r.bodyText);

describe('executingRoles', () => {
  it.each<[string, string[]]>([
    // A Sở's decision: titles and a person, `căn cứ Quyết định thi hành`; the next sentence is no executor.
    [
      'Điều 3. Các ông (bà) Chánh Văn phòng, Trưởng phòng Quản lý công nghiệp - Sở Công Thương và ông Đặng Văn Thức căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký./.',
      ['Chánh Văn phòng', 'Trưởng phòng Quản lý công nghiệp - Sở Công Thương', 'ông Đặng Văn Thức'],
    ],
    // A province's decision: a `;` list keeps the commas inside its items.
    [
      '2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Giám đốc Trung tâm Phục vụ Hành chính công tỉnh; Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh; Chủ tịch Uỷ ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      [
        'Chánh Văn phòng Ủy ban nhân dân tỉnh',
        'Giám đốc Sở Công Thương',
        'Giám đốc Trung tâm Phục vụ Hành chính công tỉnh',
        'Thủ trưởng các sở, ban, ngành, đơn vị cấp tỉnh',
        'Chủ tịch Uỷ ban nhân dân các xã, phường',
        'Thủ trưởng các cơ quan, đơn vị có liên quan',
      ],
    ],
    // `và` inside a company's name joins no two executors (QĐ of UBND tỉnh Lào Cai, archive dev).
    [
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Chủ tịch UBND xã Chiềng Ken, Giám đốc Công ty Cổ phần đầu tư phát triển Đô thị và Khu công nghiệp và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      [
        'Chánh Văn phòng UBND tỉnh',
        'Giám đốc Sở Công Thương',
        'Chủ tịch UBND xã Chiềng Ken',
        'Giám đốc Công ty Cổ phần đầu tư phát triển Đô thị và Khu công nghiệp',
      ],
    ],
    // A list mixing `,` and `;` (QĐ of UBND tỉnh Lào Cai, archive dev).
    [
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Giám đốc Công an tỉnh; Chủ tịch UBND phường Trung Tâm; Chủ tịch UBND xã Liên Sơn, Giám đốc Công ty Cổ phần xây dựng giao thông Yên Bái và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      [
        'Chánh Văn phòng UBND tỉnh',
        'Giám đốc Sở Công Thương',
        'Giám đốc Công an tỉnh',
        'Chủ tịch UBND phường Trung Tâm',
        'Chủ tịch UBND xã Liên Sơn',
        'Giám đốc Công ty Cổ phần xây dựng giao thông Yên Bái',
      ],
    ],
    // Not a closing article: the verb executes nothing named `… này`.
    ['Điều 2. Kết quả trên làm căn cứ để cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp.', []],
    // A task that ends in carrying out the document is no closing article (Chỉ thị of Thành ủy Cần Thơ, seed).
    [
      '6- Ủy ban kiểm tra Thành ủy chủ trì, phối hợp với các cơ quan có liên quan tham mưu Thành ủy, Ban Thường vụ Thành ủy xây dựng Chương trình kiểm tra, giám sát việc lãnh đạo, chỉ đạo, triển khai thực hiện Chỉ thị này.',
      [],
    ],
    // A task sentence that mentions executing the decision is prose, not a list of names.
    [
      'b) Tổ chức triển khai thực hiện các thủ tục hành chính đã được công bố thuộc các nhiệm vụ được ủy quyền tại Điều 1 đảm bảo đúng quy định và tổ chức thực hiện Quyết định này.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(executors(text)).toEqual(expected);
  });

  it('keeps spans on the document text', () => {
    const text = 'Điều 3. Chánh Văn phòng và Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này.';
    const [first] = executingRoles({ text, span: { start: 100, end: 100 + text.length } }, LAO_CAI);
    expect(first.span).toEqual({ start: 108, end: 123 });
    expect(first.role).toBe('lead');
  });
});
