/** @module search/data/abbreviations — abbreviations and aliases of the genre, expanded both ways at query time. */

/**
 * One alias group. `abbr` forms and `full` forms are interchangeable. `cased`: the abbreviation is
 * also an ordinary syllable once folded (`TU` ~ `tư`, `ĐU` ~ `đều`), so it only counts when typed in capitals.
 * `toFull`: expand the abbreviation only (documents write the full name, or the abbreviation only
 * inside symbols, which are indexed whole).
 */
export interface AliasEntry {
  abbr: readonly string[];
  full: readonly string[];
  cased?: boolean;
  toFull?: boolean;
}

export const ALIASES: readonly AliasEntry[] = [
  // Bodies
  { abbr: ['UBND'], full: ['Ủy ban nhân dân'] },
  { abbr: ['HĐND'], full: ['Hội đồng nhân dân'] },
  { abbr: ['MTTQ'], full: ['Mặt trận Tổ quốc'] },
  { abbr: ['UBMTTQ'], full: ['Ủy ban Mặt trận Tổ quốc'] },
  { abbr: ['BCH'], full: ['Ban Chấp hành'] },
  { abbr: ['BTV', 'BTVTU'], full: ['Ban Thường vụ'] },
  // `BCT` is the Politburo in Party documents and the Ministry of Industry and Trade in State ones (`TT-BCT`).
  { abbr: ['BCT'], full: ['Bộ Chính trị', 'Bộ Công Thương'] },
  { abbr: ['BBT'], full: ['Ban Bí thư'] },
  { abbr: ['TU'], full: ['Tỉnh ủy', 'Thành ủy'], cased: true },
  { abbr: ['TW'], full: ['Trung ương'] },
  { abbr: ['TƯ', 'T.Ư'], full: ['Trung ương'], cased: true },
  { abbr: ['HU'], full: ['Huyện ủy'], cased: true },
  { abbr: ['QU'], full: ['Quận ủy'], cased: true },
  { abbr: ['ĐU'], full: ['Đảng ủy'], cased: true },
  { abbr: ['BCS', 'BCSĐ'], full: ['Ban cán sự đảng'] },
  { abbr: ['ĐĐ'], full: ['Đảng đoàn'], cased: true },
  { abbr: ['UBKT'], full: ['Ủy ban Kiểm tra'] },
  { abbr: ['VPTW'], full: ['Văn phòng Trung ương'] },
  { abbr: ['VPCP'], full: ['Văn phòng Chính phủ'] },
  { abbr: ['CP'], full: ['Chính phủ'] },
  { abbr: ['TTg', 'TTCP'], full: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
  { abbr: ['QH'], full: ['Quốc hội'] },
  { abbr: ['BTG', 'BTGTU'], full: ['Ban Tuyên giáo'] },
  { abbr: ['BDV'], full: ['Ban Dân vận'] },
  { abbr: ['BTC'], full: ['Ban Tổ chức'] },
  { abbr: ['BNC'], full: ['Ban Nội chính'] },
  { abbr: ['LĐLĐ'], full: ['Liên đoàn Lao động'] },
  { abbr: ['HLHPN'], full: ['Hội Liên hiệp Phụ nữ'] },
  { abbr: ['HND'], full: ['Hội Nông dân'] },
  { abbr: ['CCB'], full: ['Cựu chiến binh'] },
  { abbr: ['ĐTN'], full: ['Đoàn Thanh niên'] },
  { abbr: ['TNCS'], full: ['Thanh niên Cộng sản'] },
  { abbr: ['TP', 'Tp'], full: ['thành phố'], toFull: true },
  { abbr: ['TX'], full: ['thị xã'], toFull: true },
  { abbr: ['TT'], full: ['thị trấn', 'Thông tư'], toFull: true },
  // Departments and sectors
  { abbr: ['TN&MT', 'TNMT'], full: ['Tài nguyên và Môi trường'] },
  { abbr: ['KH&CN', 'KHCN'], full: ['Khoa học và Công nghệ'] },
  { abbr: ['NN&PTNT', 'NNPTNT'], full: ['Nông nghiệp và Phát triển nông thôn'] },
  { abbr: ['NN&MT', 'NNMT'], full: ['Nông nghiệp và Môi trường'] },
  { abbr: ['KH&ĐT', 'KHĐT'], full: ['Kế hoạch và Đầu tư'] },
  { abbr: ['GTVT'], full: ['Giao thông vận tải'] },
  { abbr: ['GD&ĐT', 'GDĐT'], full: ['Giáo dục và Đào tạo'] },
  { abbr: ['VH-TT&DL', 'VHTTDL'], full: ['Văn hóa, Thể thao và Du lịch'] },
  { abbr: ['LĐ-TB&XH', 'LĐTBXH'], full: ['Lao động - Thương binh và Xã hội'] },
  { abbr: ['TT&TT', 'TTTT'], full: ['Thông tin và Truyền thông'] },
  { abbr: ['SNN'], full: ['Sở Nông nghiệp'] },
  // Subjects
  { abbr: ['ĐBSCL'], full: ['Đồng bằng sông Cửu Long'] },
  { abbr: ['BĐKH'], full: ['Biến đổi khí hậu'] },
  { abbr: ['BVMT'], full: ['Bảo vệ môi trường'] },
  { abbr: ['ATTP', 'ATVSTP'], full: ['An toàn thực phẩm'] },
  { abbr: ['KT-XH', 'KTXH'], full: ['Kinh tế - xã hội'] },
  { abbr: ['CNH', 'CNH-HĐH'], full: ['Công nghiệp hóa', 'Công nghiệp hóa, hiện đại hóa'] },
  { abbr: ['KCN'], full: ['Khu công nghiệp'] },
  { abbr: ['CCN'], full: ['Cụm công nghiệp'] },
  // Industry and trade: the abbreviations of Sở Công Thương letters and plans (NĐ 71/2019, NĐ 181/2024 on explosives).
  { abbr: ['SCT'], full: ['Sở Công Thương'] },
  { abbr: ['BXD'], full: ['Bộ Xây dựng'] },
  { abbr: ['SXD'], full: ['Sở Xây dựng'] },
  { abbr: ['VLNCN'], full: ['vật liệu nổ công nghiệp'] },
  { abbr: ['VLN'], full: ['vật liệu nổ'] },
  { abbr: ['HTX'], full: ['Hợp tác xã'] },
  { abbr: ['GCN'], full: ['Giấy chứng nhận'] },
  { abbr: ['GPSD'], full: ['Giấy phép sử dụng'] },
  // A licence's own abbreviation, as its symbol writes it (`826/GP-BTNMT`, `145/GP-UBND`); texts write `Giấy phép` in
  // full, so only the abbreviation expands (a symbol is indexed whole).
  { abbr: ['GP'], full: ['Giấy phép'], toFull: true },
  { abbr: ['QL'], full: ['quản lý', 'Quốc lộ'], toFull: true },
  { abbr: ['SX'], full: ['sản xuất'], toFull: true },
  { abbr: ['KD'], full: ['kinh doanh'], toFull: true },
  { abbr: ['ĐK'], full: ['điều kiện'], toFull: true },
  { abbr: ['NTM'], full: ['Nông thôn mới'] },
  { abbr: ['CNTT'], full: ['Công nghệ thông tin'] },
  { abbr: ['PCCC'], full: ['Phòng cháy chữa cháy'] },
  { abbr: ['PCTT', 'PCTT&TKCN'], full: ['Phòng chống thiên tai'] },
  { abbr: ['CTRSH'], full: ['Chất thải rắn sinh hoạt'] },
  { abbr: ['BHYT'], full: ['Bảo hiểm y tế'] },
  { abbr: ['BHXH'], full: ['Bảo hiểm xã hội'] },
  { abbr: ['TNDN'], full: ['Thu nhập doanh nghiệp'] },
  { abbr: ['ĐTM'], full: ['Đánh giá tác động môi trường'] },
  { abbr: ['XHH'], full: ['Xã hội hóa'] },
  { abbr: ['ODA'], full: ['Hỗ trợ phát triển chính thức'] },
  { abbr: ['tỉ lệ'], full: ['tỷ lệ'] },
  // Document types (symbol codes)
  { abbr: ['NQ'], full: ['Nghị quyết'], toFull: true },
  { abbr: ['KL'], full: ['Kết luận'], toFull: true },
  { abbr: ['CT'], full: ['Chỉ thị'], toFull: true },
  { abbr: ['CTr', 'CTHĐ'], full: ['Chương trình', 'Chương trình hành động'], toFull: true },
  { abbr: ['KH'], full: ['Kế hoạch'], toFull: true },
  { abbr: ['CV'], full: ['Công văn'], toFull: true },
  { abbr: ['HD'], full: ['Hướng dẫn'], toFull: true },
  { abbr: ['TB'], full: ['Thông báo'], toFull: true },
  { abbr: ['QĐ'], full: ['Quyết định', 'Quy định'], toFull: true },
  { abbr: ['QĐi'], full: ['Quy định'], toFull: true },
  { abbr: ['QĐ-TTg'], full: ['Quyết định của Thủ tướng Chính phủ'], toFull: true },
  { abbr: ['NĐ', 'NĐ-CP'], full: ['Nghị định'], toFull: true },
  { abbr: ['QC'], full: ['Quy chế'], toFull: true },
  { abbr: ['BC'], full: ['Báo cáo'], toFull: true },
  { abbr: ['TTr'], full: ['Tờ trình'], toFull: true },
  { abbr: ['ĐA'], full: ['Đề án'], cased: true, toFull: true },
  { abbr: ['PA'], full: ['Phương án'], toFull: true },
  { abbr: ['CĐ'], full: ['Công điện'], toFull: true },
  { abbr: ['V/v'], full: ['về việc'], toFull: true },
];
