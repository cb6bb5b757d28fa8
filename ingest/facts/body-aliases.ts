/** @module ingest/facts/body-aliases — abbreviations and spelling variants of body names, as printed, with their full forms. */

/**
 * Abbreviations of bodies and of the parts of their names, matched case-sensitively as whole tokens
 * (`UBND`, not `ubnd` inside a word; `TW`, not the issuer of `41-NQ/TW`).
 */
export const BODY_ABBREVIATIONS: ReadonlyArray<readonly [abbr: string, full: string]> = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCSĐ', 'Ban cán sự đảng'],
  ['BCS', 'Ban cán sự'],
  ['ĐĐ', 'Đảng đoàn'],
  ['BTV', 'Ban Thường vụ'],
  ['BCH', 'Ban Chấp hành'],
  ['BCT', 'Bộ Chính trị'],
  ['BBT', 'Ban Bí thư'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['VPTW', 'Văn phòng Trung ương Đảng'],
  ['VPCP', 'Văn phòng Chính phủ'],
  ['TTg', 'Thủ tướng Chính phủ'],
  ['TW', 'Trung ương'],
  ['TP', 'thành phố'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['NN&MT', 'Nông nghiệp và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['GTVT', 'Giao thông vận tải'],
];

/**
 * Spellings that stand for the same words: OCR slips (`Ưỷ ban`), the old tone placement (`uỷ`),
 * case variants. Matching folds accents and case anyway; these pairs serve query expansion and
 * document what the canonicalizer absorbs.
 */
export const BODY_SPELLING_VARIANTS: ReadonlyArray<readonly [variant: string, canonical: string]> = [
  ['Ưỷ ban', 'Ủy ban'],
  ['ưỷ ban', 'ủy ban'],
  ['Uỷ ban', 'Ủy ban'],
  ['Tỉnh uỷ', 'Tỉnh ủy'],
  ['Thành uỷ', 'Thành ủy'],
  ['Huyện uỷ', 'Huyện ủy'],
  ['Quận uỷ', 'Quận ủy'],
  ['Thị uỷ', 'Thị ủy'],
  ['Đảng uỷ', 'Đảng ủy'],
  ['cấp uỷ', 'cấp ủy'],
  ['Ban Cán sự Đảng', 'Ban cán sự đảng'],
  ['BCS đảng', 'Ban cán sự đảng'],
  ['BCS Đảng', 'Ban cán sự đảng'],
  ['Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['Ủy ban MTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
  ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
  ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
];
