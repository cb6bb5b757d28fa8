/** @module answer/named-bodies.test — the bodies a quoted sentence names, and the one that answers "who" (real excerpts, archive dev). */

import { describe, expect, it } from 'vitest';
import { answeringBodies, namedBodies } from './named-bodies.ts';

describe('namedBodies', () => {
  it.each<[string, string[]]>([
    // `vệ sinh` is no `về`: stop words are read with their diacritics.
    [
      'Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2026 cấp tỉnh do Hội đồng An toàn vệ sinh lao động tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức theo Kế hoạch số 89/KH-UBND.',
      ['Hội đồng An toàn vệ sinh lao động tỉnh', 'Liên đoàn Lao động tỉnh', 'UBND'],
    ],
    // `cấp xã` is a level in the name; `có thẩm quyền` too; `cấp` before a stop is the verb.
    [
      'a) Ủy ban nhân dân cấp xã có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp trên địa bàn, gửi Sở Công Thương.',
      ['Ủy ban nhân dân cấp xã', 'Sở Công Thương'],
    ],
    [
      'thẩm quyền cấp Giấy phép vận chuyển VLNCN, TCTN đối với đối tượng không thuộc phạm vi quản lý của Bộ Quốc phòng do cơ quan Công an có thẩm quyền cấp.',
      ['Bộ Quốc phòng', 'cơ quan Công an có thẩm quyền'],
    ],
  ])('%s', (text, names) => {
    expect(namedBodies(text).map((b) => b.name)).toEqual(names);
  });
});

describe('answeringBodies', () => {
  it.each<[string, string, string[], string[]]>([
    // The agent of `do …` acts, even when the partner stands nearer the verb.
    [
      'Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2026 cấp tỉnh do Hội đồng An toàn vệ sinh lao động tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức theo Kế hoạch số 89/KH-UBND.',
      'Lễ phát động Tháng hành động về ATVSLĐ cấp tỉnh năm 2026 ở Lào Cai do cơ quan nào tổ chức?',
      ['le', 'phat', 'dong', 'to', 'chuc'],
      ['Hội đồng An toàn vệ sinh lao động tỉnh'],
    ],
    // A list given a task answers whole; the enterprise supervised is not one of them.
    [
      '5. Giao Sở Công Thương, Công an tỉnh Lào Cai, UBND phường Trung Tâm căn cứ chức năng, nhiệm vụ, tham mưu quản lý, giám sát việc thực hiện quản lý, bảo quản và sử dụng VLNCN của Doanh nghiệp tư nhân than đá Suối Bắc thi công mỏ đá trên theo đúng quy định hiện hành.',
      "Which bodies are charged with supervising the Suối Bắc company's use of explosives?",
      ['giam', 'sat'],
      ['Sở Công Thương', 'Công an tỉnh Lào Cai', 'UBND phường Trung Tâm'],
    ],
    // A body the question names is its subject, not its answer.
    [
      'a) Ủy ban nhân dân cấp xã có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp trên địa bàn, gửi Sở Công Thương.',
      'Ai có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp gửi Sở Công Thương?',
      ['de', 'xuat', 'dieu', 'chinh'],
      ['Ủy ban nhân dân cấp xã'],
    ],
    // The same in English: the body named through the glossary is the subject, though the words asked stand by it.
    [
      'a) Ủy ban nhân dân cấp xã có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp trên địa bàn, gửi Sở Công Thương.',
      'Who sends the Department of Industry and Trade a proposal to adjust the industrial cluster plan?',
      ['gui'],
      ['Ủy ban nhân dân cấp xã'],
    ],
  ])('%s', (quote, question, words, expected) => {
    const lang = /^(?:Who|Which)\b/.test(question) ? 'en' : 'vi';
    expect(answeringBodies(quote, { text: question, lang }, words)).toEqual(expected);
  });
});

describe('namedBodies on ingestion’s bodies', () => {
  it.each<[string, string[]]>([
    // A head written in lowercase before its capitalised field is a body (ingestion's rule), not prose.
    [
      'Giao phòng Quản lý Công nghiệp tổ chức huấn luyện, kiểm tra kỹ thuật an toàn cho các đối tượng.',
      ['phòng Quản lý Công nghiệp'],
    ],
    // A duty given to a body's head is the body's: the title opens the name.
    ['2. Giám đốc Sở Công Thương:', ['Giám đốc Sở Công Thương']],
    // A class addressed together is no one body.
    ['Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị có liên quan.', ['Sở Tài chính']],
  ])('%s', (text, names) => {
    expect(namedBodies(text).map((b) => b.name)).toEqual(names);
  });
});
