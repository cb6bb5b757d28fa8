/** @module ingest/facts/body-lexicon — the words that name bodies: heads by kind, field names of departments, administrative units. Folded forms. */

/**
 * How a head combines with what follows it:
 * - `organ`: a State, Front or court body, qualified by a unit (`Ủy ban nhân dân tỉnh`);
 * - `department`: a body of a committee, followed by its owner (`Ban Tuyên giáo Tỉnh ủy`);
 * - `committee`: a Party committee (`Tỉnh ủy`), owner of departments;
 * - `party-group`: a Party group inside another body (`Ban cán sự đảng Ủy ban nhân dân tỉnh`);
 * - `collective`: a class of bodies addressed together (`các tổ chức chính trị - xã hội`).
 */
export type HeadKind = 'organ' | 'department' | 'committee' | 'party-group' | 'collective';

/** Administrative units as they qualify a body (`... tỉnh`, `... thành phố`), canonical spelling. */
export type Unit = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn' | 'Trung ương';

export interface BodyHead {
  /** Canonical spelling. Collectives are named in the plural (`Các cơ quan báo chí`). */
  name: string;
  /** Folded forms (see `foldedForm`) that name it. */
  forms: readonly string[];
  kind: HeadKind;
  /** Unit the head itself fixes: `Tỉnh ủy` → tỉnh, `Bộ Chính trị` → Trung ương. */
  unit?: Unit;
  /** The text must capitalize its first letter: `Sở`, `Bộ`, `Công an` (not `cơ sở`, `cán bộ`, `công an xã` as a force). */
  capital?: boolean;
  /** Followed by a field name (`Sở Tài chính`, `Bộ Tài nguyên và Môi trường`). */
  field?: boolean;
  /** A class spanning every level (`các cấp ủy đảng`): no level of its own. */
  allLevels?: boolean;
  /** Names a body only with its owner after it (`Văn phòng Tỉnh ủy`, not `văn phòng` alone). */
  ownerRequired?: boolean;
}

export const BODY_HEADS: readonly BodyHead[] = [
  // Central bodies.
  { name: 'Bộ Chính trị', forms: ['bo chinh tri'], kind: 'organ', unit: 'Trung ương' },
  { name: 'Ban Bí thư', forms: ['ban bi thu trung uong dang', 'ban bi thu'], kind: 'organ', unit: 'Trung ương' },
  {
    name: 'Ban Chấp hành Trung ương Đảng',
    forms: ['ban chap hanh trung uong dang', 'ban chap hanh trung uong'],
    kind: 'organ',
    unit: 'Trung ương',
  },
  { name: 'Thủ tướng Chính phủ', forms: ['thu tuong chinh phu'], kind: 'organ', unit: 'Trung ương' },
  { name: 'Chính phủ', forms: ['chinh phu'], kind: 'organ', unit: 'Trung ương', capital: true },
  { name: 'Quốc hội', forms: ['quoc hoi'], kind: 'organ', unit: 'Trung ương', capital: true },
  { name: 'Bộ', forms: ['bo'], kind: 'organ', unit: 'Trung ương', capital: true, field: true },
  // Party committees.
  {
    name: 'Trung ương',
    forms: ['trung uong dang', 'trung uong'],
    kind: 'committee',
    unit: 'Trung ương',
    capital: true,
  },
  { name: 'Tỉnh ủy', forms: ['tinh uy'], kind: 'committee', unit: 'tỉnh' },
  { name: 'Thành ủy', forms: ['thanh uy'], kind: 'committee', unit: 'thành phố' },
  { name: 'Huyện ủy', forms: ['huyen uy'], kind: 'committee', unit: 'huyện' },
  { name: 'Quận ủy', forms: ['quan uy'], kind: 'committee', unit: 'quận' },
  { name: 'Thị ủy', forms: ['thi uy'], kind: 'committee', unit: 'thị xã' },
  // Bodies of a committee (or of an organ: `Văn phòng Ủy ban nhân dân tỉnh`).
  { name: 'Ban Thường vụ', forms: ['ban thuong vu'], kind: 'department' },
  { name: 'Thường trực', forms: ['thuong truc'], kind: 'department', capital: true, ownerRequired: true },
  { name: 'Ban Tuyên giáo và Dân vận', forms: ['ban tuyen giao va dan van'], kind: 'department' },
  { name: 'Ban Tuyên giáo', forms: ['ban tuyen giao'], kind: 'department' },
  { name: 'Ban Dân vận', forms: ['ban dan van'], kind: 'department' },
  { name: 'Ban Tổ chức', forms: ['ban to chuc'], kind: 'department' },
  { name: 'Ban Nội chính', forms: ['ban noi chinh'], kind: 'department' },
  { name: 'Ban Kinh tế', forms: ['ban kinh te'], kind: 'department' },
  { name: 'Ban Đối ngoại', forms: ['ban doi ngoai'], kind: 'department' },
  { name: 'Ban Chính sách, chiến lược', forms: ['ban chinh sach, chien luoc'], kind: 'department' },
  { name: 'Ủy ban Kiểm tra', forms: ['uy ban kiem tra'], kind: 'department' },
  { name: 'Văn phòng', forms: ['van phong'], kind: 'department', capital: true, ownerRequired: true },
  { name: 'Ban Chấp hành Đảng bộ', forms: ['ban chap hanh dang bo'], kind: 'organ' },
  { name: 'Đảng bộ', forms: ['dang bo'], kind: 'organ', capital: true },
  // Party groups in other bodies.
  { name: 'Ban cán sự đảng', forms: ['ban can su dang'], kind: 'party-group' },
  { name: 'Đảng đoàn', forms: ['dang doan'], kind: 'party-group' },
  { name: 'Đảng ủy', forms: ['dang uy'], kind: 'party-group' },
  // State, Front and judicial bodies. The Front and its committee are one addressee at each level.
  { name: 'Ủy ban nhân dân', forms: ['uy ban nhan dan'], kind: 'organ' },
  { name: 'Hội đồng nhân dân', forms: ['hoi dong nhan dan'], kind: 'organ' },
  {
    name: 'Mặt trận Tổ quốc Việt Nam',
    forms: [
      'uy ban mat tran to quoc viet nam',
      'uy ban mat tran to quoc',
      'mat tran to quoc viet nam',
      'mat tran to quoc',
    ],
    kind: 'organ',
  },
  { name: 'Công an', forms: ['cong an'], kind: 'organ', capital: true },
  { name: 'Viện kiểm sát nhân dân', forms: ['vien kiem sat nhan dan'], kind: 'organ' },
  { name: 'Tòa án nhân dân', forms: ['toa an nhan dan'], kind: 'organ' },
  { name: 'Bộ Chỉ huy Quân sự', forms: ['bo chi huy quan su'], kind: 'organ' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng', forms: ['bo chi huy bo doi bien phong'], kind: 'organ' },
  { name: 'Sở', forms: ['so'], kind: 'organ', capital: true, field: true },
  { name: 'Liên đoàn Lao động', forms: ['lien doan lao dong'], kind: 'organ' },
  { name: 'Hội Nông dân', forms: ['hoi nong dan'], kind: 'organ', capital: true },
  { name: 'Hội Liên hiệp Phụ nữ', forms: ['hoi lien hiep phu nu'], kind: 'organ', capital: true },
  { name: 'Hội Cựu chiến binh', forms: ['hoi cuu chien binh'], kind: 'organ', capital: true },
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', forms: ['doan thanh nien cong san ho chi minh'], kind: 'organ' },
  // Classes of bodies addressed together.
  { name: 'Các cấp ủy đảng', forms: ['cap uy dang', 'cap uy'], kind: 'collective', allLevels: true },
  { name: 'Các tổ chức đảng', forms: ['to chuc dang'], kind: 'collective', allLevels: true },
  { name: 'Chính quyền các cấp', forms: ['chinh quyen cac cap', 'chinh quyen'], kind: 'collective', allLevels: true },
  {
    name: 'Các tổ chức chính trị - xã hội',
    forms: ['to chuc chinh tri - xa hoi', 'doan the chinh tri - xa hoi', 'doan the'],
    kind: 'collective',
  },
  { name: 'Các cơ quan báo chí', forms: ['co quan bao chi'], kind: 'collective' },
  {
    name: 'Các sở, ban, ngành',
    forms: ['so, ban, nganh', 'so, ban nganh', 'so ban nganh', 'so, nganh'],
    kind: 'collective',
  },
  { name: 'Các ban xây dựng Đảng', forms: ['ban xay dung dang'], kind: 'collective' },
  { name: 'Các đảng ủy trực thuộc', forms: ['dang uy truc thuoc'], kind: 'collective' },
];

/** Fields of Sở and Bộ, canonical spelling (abbreviations are expanded before matching). */
export const FIELD_NAMES: readonly string[] = [
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Khoa học và Công nghệ',
  'Kế hoạch và Đầu tư',
  'Tài chính',
  'Xây dựng',
  'Giao thông vận tải',
  'Công Thương',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Nội vụ',
  'Tư pháp',
  'Thông tin và Truyền thông',
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Ngoại vụ',
  'Công an',
  'Quốc phòng',
  'Ngoại giao',
];

/** Units that qualify a body, folded form → canonical. `cấp tỉnh` and `của tỉnh` are read as `tỉnh`. */
export const UNIT_WORDS: ReadonlyArray<readonly [folded: string, unit: Unit]> = [
  ['thanh pho', 'thành phố'],
  ['thi tran', 'thị trấn'],
  ['thi xa', 'thị xã'],
  ['trung uong', 'Trung ương'],
  ['tinh', 'tỉnh'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['phuong', 'phường'],
  ['xa', 'xã'],
];
