import { describe, expect, it } from 'vitest';
import type { Body } from '../../core/types.ts';
import { type BodyContext, bodyAliases, canonicalBody } from './bodies.ts';

const PROVINCE: BodyContext = { place: 'Sóc Trăng', level: 'province', homeUnit: 'tỉnh' };
const CITY: BodyContext = { place: 'Cần Thơ', level: 'province', homeUnit: 'thành phố' };
const body = (name: string, level: Body['level'], place: string | null): Body => ({ name, level, place });

describe('canonicalBody', () => {
  it.each<[string, BodyContext, Body]>([
    // Abbreviations.
    ['UBND tỉnh', PROVINCE, body('Ủy ban nhân dân tỉnh', 'province', 'Sóc Trăng')],
    ['UBND TP', CITY, body('Ủy ban nhân dân thành phố', 'province', 'Cần Thơ')],
    ['HĐND tỉnh', PROVINCE, body('Hội đồng nhân dân tỉnh', 'province', 'Sóc Trăng')],
    ['Ủy ban MTTQ tỉnh', PROVINCE, body('Mặt trận Tổ quốc Việt Nam tỉnh', 'province', 'Sóc Trăng')],
    ['MTTQVN thành phố', CITY, body('Mặt trận Tổ quốc Việt Nam thành phố', 'province', 'Cần Thơ')],
    ['BCS đảng UBND tỉnh', PROVINCE, body('Ban cán sự đảng Ủy ban nhân dân tỉnh', 'province', 'Sóc Trăng')],
    ['BCSĐ UBND tỉnh', PROVINCE, body('Ban cán sự đảng Ủy ban nhân dân tỉnh', 'province', 'Sóc Trăng')],
    ['Sở TN&MT', PROVINCE, body('Sở Tài nguyên và Môi trường', 'province', 'Sóc Trăng')],
    ['Sở KH&CN', CITY, body('Sở Khoa học và Công nghệ', 'province', 'Cần Thơ')],
    ['Sở NN&PTNT', PROVINCE, body('Sở Nông nghiệp và Phát triển nông thôn', 'province', 'Sóc Trăng')],
    ['BTV Tỉnh ủy', PROVINCE, body('Ban Thường vụ Tỉnh ủy', 'province', 'Sóc Trăng')],
    ['UBKT Thành ủy', CITY, body('Ủy ban Kiểm tra Thành ủy', 'province', 'Cần Thơ')],
    ['Ban Tuyên giáo TW', CITY, body('Ban Tuyên giáo Trung ương', 'central', null)],
    // Spellings: tone placement, OCR, case.
    ['Tỉnh uỷ', PROVINCE, body('Tỉnh ủy', 'province', 'Sóc Trăng')],
    ['Tỉnh ủy', PROVINCE, body('Tỉnh ủy', 'province', 'Sóc Trăng')],
    [
      'Ban Cán sự đảng Ưỷ ban nhân dân tỉnh',
      PROVINCE,
      body('Ban cán sự đảng Ủy ban nhân dân tỉnh', 'province', 'Sóc Trăng'),
    ],
    ['Ban Cán sự Đảng UBND tỉnh', PROVINCE, body('Ban cán sự đảng Ủy ban nhân dân tỉnh', 'province', 'Sóc Trăng')],
    ['Đảng đoàn Hội đồng Nhân dân tỉnh', PROVINCE, body('Đảng đoàn Hội đồng nhân dân tỉnh', 'province', 'Sóc Trăng')],
    [
      'Sở Nông nghiệp và Phát triển Nông thôn',
      PROVINCE,
      body('Sở Nông nghiệp và Phát triển nông thôn', 'province', 'Sóc Trăng'),
    ],
    ['Ủy ban kiểm tra Thành ủy', CITY, body('Ủy ban Kiểm tra Thành ủy', 'province', 'Cần Thơ')],
    // Full names, owners, units and places.
    ['Ủy ban Mặt trận Tổ quốc Việt Nam', CITY, body('Mặt trận Tổ quốc Việt Nam', 'province', 'Cần Thơ')],
    ['Ủy ban nhân dân thành phố Cần Thơ', CITY, body('Ủy ban nhân dân thành phố', 'province', 'Cần Thơ')],
    ['Đảng ủy Công an thành phố', CITY, body('Đảng ủy Công an thành phố', 'province', 'Cần Thơ')],
    ['Đảng ủy Công an Trung ương', CITY, body('Đảng ủy Công an Trung ương', 'central', null)],
    [
      'BCS Đảng Bộ Tài nguyên và Môi trường',
      PROVINCE,
      body('Ban cán sự đảng Bộ Tài nguyên và Môi trường', 'central', null),
    ],
    ['Bộ Chính trị', PROVINCE, body('Bộ Chính trị', 'central', null)],
    ['Ban Bí thư Trung ương Đảng', PROVINCE, body('Ban Bí thư', 'central', null)],
    ['Ban Tuyên giáo và Dân vận Thành ủy', CITY, body('Ban Tuyên giáo và Dân vận Thành ủy', 'province', 'Cần Thơ')],
    ['Ban Tuyên giáo Tỉnh ủy Bình Phước', CITY, body('Ban Tuyên giáo Tỉnh ủy', 'province', 'Bình Phước')],
    ['Ủy ban nhân dân huyện Châu Thành', PROVINCE, body('Ủy ban nhân dân huyện', 'district', 'Châu Thành')],
    // The Ban Tuyên giáo of one place is not another's; a city under a province is a district.
    ['Ban Tuyên giáo Thành ủy', CITY, body('Ban Tuyên giáo Thành ủy', 'province', 'Cần Thơ')],
    ['Ban Tuyên giáo Thành ủy', PROVINCE, body('Ban Tuyên giáo Thành ủy', 'district', 'Sóc Trăng')],
    // Classes of bodies.
    ['các huyện uỷ', PROVINCE, body('Các huyện ủy', 'district', 'Sóc Trăng')],
    ['Các cơ quan báo chí của tỉnh', PROVINCE, body('Các cơ quan báo chí tỉnh', 'province', 'Sóc Trăng')],
    [
      'các đoàn thể chính trị - xã hội tỉnh',
      PROVINCE,
      body('Các tổ chức chính trị - xã hội tỉnh', 'province', 'Sóc Trăng'),
    ],
    ['các sở, ban, ngành', CITY, body('Các sở, ban, ngành', 'province', 'Cần Thơ')],
    ['Các cấp uỷ', PROVINCE, body('Các cấp ủy đảng', null, 'Sóc Trăng')],
    // Not a known body: the text itself, repaired.
    ['Ban quản lý dự án', PROVINCE, body('Ban quản lý dự án', 'province', 'Sóc Trăng')],
  ])('%s', (text, context, expected) => {
    expect(canonicalBody(text, context)).toEqual(expected);
  });

  it('does not read `cơ sở` or `cán bộ` as a Sở or a Bộ', () => {
    expect(canonicalBody('cơ sở sản xuất', PROVINCE).name).toBe('cơ sở sản xuất');
    expect(canonicalBody('cán bộ Tài chính', PROVINCE).name).toBe('cán bộ Tài chính');
  });
});

describe('bodyAliases', () => {
  it.each([
    ['UBND', 'Ủy ban nhân dân'],
    ['HĐND', 'Hội đồng nhân dân'],
    ['MTTQ', 'Mặt trận Tổ quốc'],
    ['BCS đảng', 'Ban cán sự đảng'],
    ['TN&MT', 'Tài nguyên và Môi trường'],
    ['KH&CN', 'Khoa học và Công nghệ'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Ưỷ ban', 'Ủy ban'],
    ['Ban Cán sự Đảng', 'Ban cán sự đảng'],
  ])('lists %s → %s', (abbr, full) => {
    expect(bodyAliases()).toContainEqual([abbr, full]);
  });
});
