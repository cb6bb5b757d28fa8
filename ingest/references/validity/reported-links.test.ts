/**
 * Changes a document reports between two other acts (`X được sửa đổi, bổ sung bởi Y`): read as Y amends X, from the
 * reporting clause, and never as the document's own change. Excerpts of a real dev-split Government resolution on
 * simplifying business conditions (its list cites each provision with the acts that amended it).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse-document.ts';
import { REPORTING_RESOLUTION_HEAD as header } from './fixtures/reporting-resolution.ts';

const parse = (body: string) => parseDocument(`${header}${body}\n`, { documentId: 'x', sourceName: 'x.txt' });
const reported = (body: string) => {
  const doc = parse(body);
  const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  return (doc.validity?.links ?? [])
    .filter((l) => l.sourceKey !== null)
    .map((l) => [symbol.get(l.sourceKey ?? ''), l.relation, symbol.get(l.targetKey ?? '') ?? l.targetKey]);
};

describe('a change reported between two other acts', () => {
  it('reads `X được sửa đổi, bổ sung bởi Y` as Y amending X, in the reporting clause, and not as the document’s own', () => {
    const body =
      '1. Không thực hiện thủ tục cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh quy định tại Điều 20 Nghị định số 105/2017/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP.';
    expect(reported(body)).toEqual([['17/2020/NĐ-CP', 'amends', '105/2017/NĐ-CP']]);
    const doc = parse(body);
    const link = doc.validity?.links.find((l) => l.sourceKey !== null);
    expect(doc.clauses.find((c) => c.id === link?.clauseId)?.text).toContain('Điều 20 Nghị định số 105/2017/NĐ-CP');
    expect(doc.validity?.links.filter((l) => l.sourceKey === null && l.relation === 'amends')).toEqual([]);
  });

  it('gives each listed agent, and takes the act a description names only when the agent may change it', () => {
    // A decree amends no law: the law sits in the decree's description, and the earlier report is part of it.
    const body =
      '1. Hồ sơ, trình tự, thủ tục cấp giấy phép sử dụng tần số quy định tại khoản 2 Điều 5 Nghị định số 63/2023/NĐ-CP quy định chi tiết một số điều của Luật Tần số vô tuyến điện số 42/2009/QH12, được sửa đổi, bổ sung một số điều theo Luật số 09/2022/QH15, được sửa đổi, bổ sung bởi Nghị định số 163/2024/NĐ-CP, Nghị định số 229/2025/NĐ-CP và Nghị định số 15/2026/NĐ-CP (Nghị định số 63/2023/NĐ-CP) đối với đài vô tuyến điện.';
    const links = reported(body);
    expect(links).toContainEqual(['09/2022/QH15', 'amends', '42/2009/QH12']);
    expect(links.filter((l) => l[2] === '63/2023/NĐ-CP').map((l) => l[0])).toEqual([
      '163/2024/NĐ-CP',
      '229/2025/NĐ-CP',
      '15/2026/NĐ-CP',
    ]);
    expect(links.filter((l) => l[2] === '42/2009/QH12').map((l) => l[0])).toEqual(['09/2022/QH15']);
  });

  it('reads the agent’s parts after `tại` (`tại khoản 9 Điều 1 Nghị định số …`)', () => {
    const body =
      '1. Sản xuất, mua, bán cờ hiệu, đèn, còi phát tín hiệu ưu tiên của xe cơ giới tại điểm c khoản 3 Điều 19 Nghị định số 96/2016/NĐ-CP đã được sửa đổi, bổ sung tại khoản 9 Điều 1 Nghị định số 58/2026/NĐ-CP.';
    expect(reported(body)).toEqual([['58/2026/NĐ-CP', 'amends', '96/2016/NĐ-CP']]);
  });
});

describe('a reported change is not the reporting document’s own (excerpts of real dev-split Thông báo thẩm định)', () => {
  const own = (body: string) =>
    (parse(body).validity?.links ?? []).filter((l) => l.sourceKey === null && l.relation !== 'basis');

  it('reads a reduced passive after an act (`Luật Xây dựng 2014, sửa đổi, bổ sung tại … Luật số …`) as a report', () => {
    const body =
      '1. Chủ đầu tư đã tổ chức thẩm tra thiết kế theo khoản 6 Điều 82 Luật Xây dựng 2014, sửa đổi, bổ sung tại khoản 24 Điều 1 Luật số 62/2020/QH14.';
    expect(own(body)).toEqual([]);
    expect(reported(body)).toEqual([['62/2020/QH14', 'amends', null]].map(([a, r]) => [a, r, expect.any(String)]));
  });

  it('takes a changing verb inside a law’s name (`Luật Xây dựng sửa đổi 62/2020/QH14`) for no change', () => {
    const body =
      '1. Chủ đầu tư có trách nhiệm tổ chức thẩm định các nội dung khác theo quy định tại Khoản 24 và khoản 25 Điều 1 Luật Xây dựng sửa đổi 62/2020/QH14 và Điều 43 Nghị định số 175/2024/NĐ-CP ngày 30/12/2024.';
    expect(own(body)).toEqual([]);
  });
});

describe('a reported change’s agents after a colon (a real dev-split sentence)', () => {
  it('reads the agents a colon opens (`bởi các Luật: Luật số …, Luật số …`)', () => {
    const body =
      'I. Trách nhiệm quản lý nhà nước về tần số vô tuyến điện tại điểm h khoản 2 Điều 5 Luật Tần số vô tuyến điện số 42/2009/QH12 (được sửa đổi, bổ sung bởi các Luật: Luật số 09/2022/QH15, Luật số 24/2023/QH15, Luật số 84/2025/QH15) (sau đây gọi là Luật Tần số vô tuyến điện) như sau:';
    expect(reported(body)).toEqual([
      ['09/2022/QH15', 'amends', '42/2009/QH12'],
      ['24/2023/QH15', 'amends', '42/2009/QH12'],
      ['84/2025/QH15', 'amends', '42/2009/QH12'],
    ]);
  });
});
