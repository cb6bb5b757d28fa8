import { describe, expect, it } from 'vitest';
import type { BodyContext } from './bodies.ts';
import { leaderOfTeam } from './team-roles.ts';

const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };

describe('leaderOfTeam (Quyết định thành lập Đoàn kiểm tra of a Sở Công Thương, archive)', () => {
  it.each<[string, string | null]>([
    ['1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở Công Thương, Trưởng đoàn;', 'Hoàng Văn Thuân'],
    ['2. Bà: Nguyễn Hồng Vân - Phó trưởng phòng Quản lý công nghiệp, Sở Công Thương, Phó Trưởng đoàn;', null],
    ['3. Bà: Nguyễn Thị Thúy Nhung - Chuyên viên phòng Quản lý công nghiệp, Sở Công Thương, Thành viên;', null],
    ['Điều 2: Thành lập Đoàn kiểm tra, gồm các ông/bà sau đây:', null],
  ])('%s → %s', (text, leader) => {
    const found = leaderOfTeam(text, 10, LAO_CAI);
    expect(found.map((r) => r.body.name)[0] ?? null).toBe(leader);
    for (const r of found) {
      expect(r.role).toBe('lead');
      expect(text.slice(r.span.start - 10, r.span.end - 10)).toBe(r.bodyText);
    }
  });
});
