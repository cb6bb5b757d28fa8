/**
 * Metadata on real headers of the development archive (`../shared/archive`, dev split), copied
 * verbatim: layout columns, tab columns of a legacy .doc, DOCX cells a converter glued, a header
 * table as Markdown renders it, OCR'd scans, drafts with blank numbers, a signer beside the recipients.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';

const parse = (lines: string[]) =>
  parseDocument(lines.join('\n'), { documentId: 'doc', sourceName: 'doc.txt' }).metadata;

/** vat-lieu-no/su-dung/vi-du-thuc-te/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.txt: `pdftotext -layout` columns. */
const LAYOUT = [
  '  UBND TỈNH LÀO CAI             CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  ' SỞ CÔNG THƯƠNG                          Độc lập - Tự do - Hạnh phúc',
  '',
  '  Số: 1894 /TB-SCT                   Lào Cai, ngày 09 tháng 4 năm 2026',
  '',
  '                              THÔNG BÁO',
  '          Kết quả kiểm tra việc chấp hành Quy định của pháp luật',
  '              trong sử dụng và bảo quản vật liệu nổ công ghiệp',
  '',
  '       Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở',
  'Công Thương (sau đây viết tắt là Đoàn kiểm tra) về việc tiến hành kiểm tra việc',
  '      1. Kết quả kiểm tra',
  'Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.',
  'Nơi nhận:                                           KT. GIÁM ĐỐC',
  '- Công ty CP XD Giao thông Yên Bái;',
  '- Tổng công ty xây dựng Trường Sơn;                 PHÓ GIÁM ĐỐC',
  '- Công ty TNHH Hiệp Phú;',
  '- Ban Giám đốc Sở;',
  '- Lưu: VT, CN(M.Cường).',
  '',
  '',
  '                                                    Hoàng Văn Thuân',
];

/** tham-dinh-mo/vi-du-thuc-te/2019-CV-tham-gia-y-kien-TKCS-mo-da-VLXD-SauChua.doc (word-extractor): tab columns, a draft. */
const TABS = [
  'UBND TỈNH LÀO CAI\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t',
  ' SỞ CÔNG THƯƠNG\t\tĐộc lập - Tự do - Hạnh phúc\t',
  'Số:          /SCT-KT\t\t           Lào Cai,  ngày       tháng 5  năm 2019\t',
  'V/v tham gia ý kiến về TKCS dự án khai thác đá làm VLXD tại mỏ đá Sâu Chua\t\t',
  '',
  'Kính gửi:  Sở Giao thông vận tải - Xây dựng tỉnh Lào Cai',
  'Sở Công Thương đề nghị Sở Giao thông vận tải - Xây dựng nghiên cứu, tổng hợp./.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu VT, KT.\t\tKT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  '',
  '',
  'Phan Văn Cương\t',
];

/** hang-nguy-hiem/van-ban-goc/02-nghi-dinh/NQ-66-18-2026-NQ-CP.docx (mammoth): table cells glued, rules after the issuer. */
const GLUED_DOCX = [
  'CHÍNH PHỦ-------',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc ---------------',
  '',
  'Số: 66.18/2026/NQ-CP',
  '',
  'Hà Nội, ngày 18 tháng 5 năm 2026',
  '',
  'NGHỊ QUYẾT',
  '',
  'PHÂN QUYỀN, CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH, ĐIỀU KIỆN KINH DOANH',
  '',
  'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;',
  '',
  'Chính phủ ban hành Nghị quyết phân quyền, cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh.',
  '',
  'Điều 1. Phạm vi điều chỉnh',
  '',
  'Nơi nhận:- Ban Bí thư Trung ương Đảng;- Quốc hội (để báo cáo);- Lưu: VT, CĐS (2b).',
  '',
  'TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNGPhạm Thị Thanh Trà',
];

/**
 * vat-lieu-no/huan-luyen/vi-du-thuc-te/QD-3770_25.6.2026_Cong-nhan-KQ-XD-Mien-Bac.docx: the DOCX header
 * table's cells, as a Markdown converter renders the table (`<br>` inside a cell).
 */
const PIPE_TABLE = [
  '| UBND TỈNH LÀO CAI<br>**SỞ CÔNG THƯƠNG** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
  '|---|---|',
  '| Số:          /QĐ-SCT | *Lào Cai, ngày        tháng 6 năm 2026* |',
  '',
  '**QUYẾT ĐỊNH**',
  '',
  '**Về việc công nhận kết quả huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh**',
  '',
  '**GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI**',
  '',
  'Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;',
];

/** xay-dung/van-ban-goc/QD-11-2026-QD-UBND-Lao-Cai-OCR.txt: OCR, columns one space apart, `QUYÉT`, `II` for 11. */
const OCR_COLUMNS = [
  'ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
  'Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026',
  'QUYÉT ĐỊNH',
  '',
  'Ban hành Quy định một số nội dung về quản lý đầu tư',
  'và xây dựng trên địa bàn tỉnh Lào Cai',
  '',
  'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
];

/** hoa-chat/vi-du-thuc-te/xu-phat/QD-26-QD-XPVPHC-2026-…pdf: the OCR text layer of a signed scan. */
const OCR_SCAN = [
  'ceNG noa xA Her cHU Ncuia vrET NAM',
  "DQc l6p - Tg'do - H4nh phtc",
  'S6: /QD-XPVPHC Hd NAi, ngdy7f,ttuing 7 ndm 2026',
  'QUYET DINH',
  "Xt'ph4t vi ph4m hinh chfnh",
  'CUC TRT/ONG CUC HOA CHAT',
  'Cdn c* Ludt X} l! vi phqm hdnh chinh 2012 (duoc sua diji, bd sung ndm',
];

/** hang-nguy-hiem/vi-du-thuc-te/cuc-hoa-chat/CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc: two-line issuer, draft. */
const TWO_LINE_ISSUER = [
  'BỘ CÔNG THƯƠNG',
  'CỤC HOÁ CHẤT',
  '\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số:      /HC-QLHC\t              Hà Nội, ngày      tháng 5 năm 2025\t',
  'V/v bổ sung hồ sơ cấp Giấy phép vận chuyển hàng hóa nguy hiểm \t\t',
  'Kính gửi: Công ty Cổ phần Logistic Việt Trung',
  'Ngày 14 tháng 10 năm 2025, Bộ Công Thương nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm.',
];

/** hoa-chat/van-ban-goc/01-luat/Luat-Hoa-chat-69-2025-QH15.docx: a law's number line. */
const LAW = [
  'QUỐC HỘI-------',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------',
  '',
  'Luật số: 69/2025/QH15',
  '',
  'Hà Nội, ngày 14 tháng 6 năm 2025',
  '',
  'LUẬT',
  '',
  'HÓA CHẤT',
  '',
  'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;',
  '',
  'Quốc hội ban hành Luật Hóa chất.',
];

/** vat-lieu-no/kho/vi-du-thuc-te/466.-Phieu-chuyen-SCT-tham-dinh-phuong-an-no-min-thuy-dien-Ngoi-Nhu-1A.pdf, read by OCR: an office under its body. */
const OFFICE = [
  'UBND TỈNH LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc',
  'Số: 466 /PC-VPUBND Lào Cai, ngày 12 tháng 5 năm 2026',
  'PHIẾU CHUYÊN',
  '',
  'Công văn sỐ 01/TTTr-CT05 ngày 07/5/2026 của',
  'Công ty Cô phân đâu tư phát triên Đô thị và Khu công nghiệp',
  '',
  'Kính gửi: Sở Công Thương',
];

/** vat-lieu-no/kho/vi-du-thuc-te/TB-SCT_KhoVLNCL_ThuydienNamCang1A.docx (mammoth): a draft whose subject is one long line in capitals. */
const CAPITAL_SUBJECT = [
  'UBND TỈNH LÀO CAI',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số:          /TB-SCT',
  'Lào Cai, ngày        tháng 4 năm 2026',
  'THÔNG BÁO',
  'KẾT QUẢ KIỂM TRA CÔNG TÁC NGHIỆM THU HOÀN THÀNH VỀ PHÒNG CHÁY CHỮA CHÁY VÀ HOÀN THÀNH CÔNG TRÌNH XÂY DỰNG KHO CHỨA VẬT LIỆU NỔ CÔNG NGHIỆP PHỤC VỤ THI CÔNG CÁC CÔNG TRÌNH XÂY DỰNG THUỘC DỰ ÁN “THỦY ĐIỆN NẬM CANG 1A” TẠI THÔN NẬM CANG, XÃ MƯỜNG BO, TỈNH LÀO CAI.',
  'Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở',
];

/** xay-dung/van-ban-goc/QD-11-2026-QD-UBND-Lao-Cai-OCR.txt: OCR flattened the signature column into the recipients, one space apart. */
const OCR_FLATTENED_SIGNATURE = [
  ...OCR_COLUMNS,
  'Điều 3. Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu',
  'trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận: Ti h ˆ',
  '- Chính phủ; TM. ỦY BAN NHÂN DÂN',
  '- Vụ pháp chế - Bộ Xây dựng (b/e); HỦ TỊCH',
  '~ Cục Kiểm tra văn bản và QLXLVPHC - Bộ Tư pháp;',
  '- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;',
  '~ Đoàn ĐBQH tỉnh Lào Cai;',
  '- Sở Tư pháp (tự kiểm tra văn bản); T ñ',
  '~ Các sở, ban, ngành tỉnh; =',
  '- Chánh, PCVP.UBND tỉnh;',
  '~ Lưu: VT, các CV, XD.',
  '',
  'Nguyễn Tuấn Anh',
];

/** hang-nguy-hiem/van-ban-goc/04-uy-quyen-quy-trinh/CV-2265-BCT-ATMT-trien-khai.pdf (OCR): title and capacity lost under the seal. */
const NAME_UNDER_SEAL = [
  'BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố',
  'Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh, thành phố hướng dẫn, tổ chức thực hiện./.',
  '',
  'Nơi nhận:',
  '',
  '- Như trên;',
  '',
  '- Bộ trưởng (đê b/c);',
  '',
  '- Cục Cảnh sát PCCC và CNCH (để p/h);',
  '- Lưu: VT, ATMT.',
  '',
  'Trương Thanh Hoài',
];

/** quy-hoach/qd866-dieuchinh-2026-thuyetminh.txt: a cover page signed by a title whose body runs over two lines. */
const COVER_SIGNATURE = [
  '# NGUỒN GỐC: Thuyết minh Điều chỉnh Quy hoạch khoáng sản nhóm I 2021-2030, tầm nhìn 2050',
  '# Cơ quan: Cục Địa chất và Khoáng sản Việt Nam (Bộ Nông nghiệp và Môi trường), tháng 3/2026 — DỰ THẢO CHƯA KÝ',
  '# ============================================================',
  '',
  '        BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  '    CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN VIỆT NAM',
  '',
  '            THUYẾT MINH',
  'ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ, KHAI',
  ' THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI',
  'KHOÁNG SẢN NHÓM I THỜI KỲ 2021 – 2030,',
  '       TẦM NHÌN ĐẾN NĂM 2050',
  '',
  '             HÀ NỘI, THÁNG 03 NĂM 2026',
  '        BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  '    CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN VIỆT NAM',
  '',
  '            THUYẾT MINH',
  'ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ, KHAI',
  ' THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI',
  'KHOÁNG SẢN NHÓM I THỜI KỲ 2021 – 2030,',
  '       TẦM NHÌN ĐẾN NĂM 2050',
  '',
  '                                   CỤC TRƯỞNG',
  '                         CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN',
  '                                  VIỆT NAM',
  '',
  '',
  '                                  Trần Bình Trọng',
  '',
  '           HÀ NỘI, THÁNG 03 NĂM 2026',
  '                         1',
  '                                                               MỤC LỤC',
];

/** van-ban-hanh-chinh/examples/sct/ke-hoach-thuc-hien-de-an-08.docx (mammoth): a plan whose trích yếu opens like a body paragraph. */
const PLAN_SUBJECT = [
  'UBND TỈNH LÀO CAI',
  '',
  'SỞ CÔNG THƯƠNG',
  '',
  'Số:       /KH-SCT',
  '',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Lào Cai, ngày       tháng 4 năm 2026',
  '',
  'KẾ HOẠCH',
  '',
  'Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai',
  '',
  'theo hướng xanh, hiện đại giai đoạn 2026-2030',
  '',
  '(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)',
  '',
  'Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ về quản lý khu công nghiệp và khu kinh tế;',
  '',
  'Thực hiện Kế hoạch số 113/KH-UBND ngày 18/3/2026 của UBND tỉnh, Sở Công Thương xây dựng Kế hoạch như sau:',
];

/** vat-lieu-no/kho/vi-du-thuc-te/Quyet-dinh-phe-duyet_TKBVTC_kho.pdf (OCR): a company's name wrapped over two lines of the left column. */
const COMPANY_TWO_LINES = [
  'CÔNG TY CP ĐÀU TƯ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'HẠ TÀNG VÀ GIAO THÔNG Độc lập - Tự do - Hạnh phúc',
  'Số: 89 /2026/QĐ-CT Hà Nội, ngày 08 tháng 5 năm 2026',
  'QUYÉT ĐỊNH',
  '',
  'Phê duyệt Thiết kế bản vẽ thi công công trình',
  '',
  'Căn cứ Luật Xây dựng số 50/2014/QH13 của Quốc hội Khóa 13 nước CHXHCN',
];

/** quy-hoach/qd768-quyhoach-dien-viii-toanvan.txt: a converter printed the header and signature tables after the body, cells apart by ` | `. */
const MOVED_HEADER = [
  '# NGUỒN GỐC: QĐ 768/QĐ-TTg ngày 15/4/2025 - Điều chỉnh Quy hoạch điện VIII (toàn văn quyết định)',
  '# ============================================================',
  '',
  'QUYẾT ĐỊNH',
  'PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH PHÁT TRIỂN ĐIỆN LỰC QUỐC GIA THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Phê duyệt Điều chỉnh Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (gọi tắt là Điều chỉnh Quy hoạch điện VIII) với những nội dung chủ yếu sau:',
  'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
  '3. Đối với đấu nối nguồn năng lượng tái tạo',
  'THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
  'Số: 768/QĐ-TTg | Hà Nội, ngày 15 tháng 4 năm 2025',
  'Nơi nhận: - Ban Bí thư Trung ương Đảng; - Thủ tướng, các Phó Thủ tướng Chính phủ; - Lưu: VT, CN (2). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Bùi Thanh Sơn',
  'TT | Vùng/tỉnh | Giai đoạn 2025 - 2030 (MW) | Giai đoạn 2031 - 2035 (MW) | Ghi chú',
  '1 | Hà Giang | 117,5 | 211,2',
];

/** hang-nguy-hiem/van-ban-goc/04-uy-quyen-quy-trinh/CV-2265-BCT-ATMT-trien-khai.pdf (OCR): the subject glued to a garbled place–date, the signature stamp's time. */
const SIGNED_SCAN = [
  'Ký bởi: Bộ Công Thương',
  '% 9\\Œơ quan: Bộ Công thương',
  '2\\%7,Thời gian ký: 02.04.2026 14:24:26 +07:00',
  '',
  "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ ` = 'HỦ NGHĨA VIỆT NAM",
  ') Độc lập - Tự do - Hạnh phúc',
  'số,2 l BCT-ATMT C—— “',
  'V/v triên khai thực hiện thủ tục câp Hà Nội, ngày0) thángh năm 2026',
  '',
  'Giấy phép vận chuyền hàng hóa nguy',
  'hiêm loại 1,2,3.,4,9',
  '',
  'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố',
  '',
  'Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số',
  '15/2026/TT-BCT ngày 25 tháng 3 năm 2026 về việc sửa đồi, bố sung một số',
];

/** hoa-chat/van-ban-goc/03-thong-tu/TT-13-2026-BQP.docx (mammoth): a general's rank before his name, glued to the titles. */
const RANKED_SIGNER = [
  'Điều 11. Trách nhiệm thi hành',
  '',
  '2. Trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Bộ Quốc phòng (qua Binh chủng Hóa học) để được hướng dẫn, giải quyết./.',
  '',
  'Nơi nhận:- Các Đ/c Lãnh đạo Bộ Quốc phòng8;- Các cơ quan, đơn vị trực thuộc BQP;- Cổng thông tin điện tử BQP;- Bộ Tư pháp;- Bộ Công thương;- Lưu: VT, NCTH. Hưng64.',
  '',
  'KT. BỘ TRƯỞNGTHỨ TRƯỞNGThượng tướng Nguyễn Văn Hiền',
];

/** hang-nguy-hiem/van-ban-goc/03-thong-tu/TT-16-2018-BCA-tienchat.doc (word-extractor): a minister's title and ranked name, no capacity. */
const RANKED_MINISTER = [
  'BỘ CÔNG AN',
  '',
  'Số: 16/2018/TT-BCA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  ' Hà Nội, ngày 15 tháng 5 năm 2018',
  '',
  'THÔNG TƯ',
  'Căn cứ Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;',
  'Điều 27. Trách nhiệm thi hành',
  '1. Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội có trách nhiệm hướng dẫn, chỉ đạo, kiểm tra việc thực hiện Thông tư này.',
  '2. Công an các đơn vị, địa phương, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.',
  'Trong quá trình thực hiện Thông tư này, nếu có khó khăn, vướng mắc, Công an các đơn vị, địa phương báo cáo về Bộ Công an (qua Cục Cảnh sát quản lý hành chính về trật tự xã hội) để kịp thời hướng dẫn./.',
  '',
  '',
  ' \t BỘ TRƯỞNG',
  '',
  'Thượng tướng Tô Lâm',
];

/** hang-nguy-hiem/vi-du-thuc-te/cuc-hoa-chat/CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc: a short letter signed before line 20. */
const SHORT_LETTER = [
  'BỘ CÔNG THƯƠNG',
  'CỤC HOÁ CHẤT',
  '\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Số:      /HC-QLHC\t              Hà Nội, ngày      tháng 5 năm 2025',
  'V/v bổ sung hồ sơ cấp Giấy phép vận chuyển hàng hóa nguy hiểm',
  'Kính gửi: Công ty Cổ phần Logistic Việt Trung',
  '(địa chỉ: Lô LG1B, Khu TMCN Kim Thành, phường Lào Cai, tỉnh Lào Cai)',
  'Ngày 14 tháng 10 năm 2025, Bộ Công Thương nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty Cổ phần Logistic Việt Trung (sau đây gọi là Công ty).',
  'Trên đây là ý kiến của Cục Hóa chất, gửi Công ty để thực hiện. Thông tin chi tiết đề nghị liên hệ Phòng Quản lý hóa chất, số điện thoại: 02422205136, địa chỉ: số 21 Ngô Quyền, Hoàn Kiếm, Hà Nội./.',
  'Nơi nhận:',
  '- Như trên;',
  '  - Cục trưởng (để báo cáo);',
  '- Lưu: VT, QLHC.\tKT. CỤC TRƯỞNG',
  'PHÓ CỤC TRƯỞNG',
  '',
  '',
  '',
  'Vương Thành Chung',
  'PHỤ LỤC',
  '(Kèm theo Công văn số            /HC-QLHC ngày     tháng 10 năm 2025',
];

describe.each([
  [
    'a subject in capitals longer than a body line',
    CAPITAL_SUBJECT,
    {
      type: 'TB',
      draft: true,
      date: null,
      partialDate: '2026-04',
      title:
        'KẾT QUẢ KIỂM TRA CÔNG TÁC NGHIỆM THU HOÀN THÀNH VỀ PHÒNG CHÁY CHỮA CHÁY VÀ HOÀN THÀNH CÔNG TRÌNH XÂY DỰNG KHO CHỨA VẬT LIỆU NỔ CÔNG NGHIỆP PHỤC VỤ THI CÔNG CÁC CÔNG TRÌNH XÂY DỰNG THUỘC DỰ ÁN “THỦY ĐIỆN NẬM CANG 1A” TẠI THÔN NẬM CANG, XÃ MƯỜNG BO, TỈNH LÀO CAI.',
    },
  ],
  [
    'an office named after the body above it',
    OFFICE,
    {
      issuer: 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai',
      parentIssuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      date: '2026-05-12',
    },
  ],
  [
    'layout columns',
    LAYOUT,
    {
      type: 'TB',
      symbol: '1894/TB-SCT',
      number: '1894',
      draft: false,
      issuer: 'Sở Công Thương',
      parentIssuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      place: 'Lào Cai',
      date: '2026-04-09',
      title: 'Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp',
    },
  ],
  [
    'tab columns of a .doc draft',
    TABS,
    {
      type: 'CV',
      symbol: null,
      number: null,
      draft: true,
      issuer: 'Sở Công Thương',
      place: 'Lào Cai',
      date: null,
      partialDate: '2019-05',
      title: 'V/v tham gia ý kiến về TKCS dự án khai thác đá làm VLXD tại mỏ đá Sâu Chua',
    },
  ],
  [
    'glued DOCX cells',
    GLUED_DOCX,
    {
      type: 'NQ',
      symbol: '66.18/2026/NQ-CP',
      issuer: 'Chính phủ',
      parentIssuer: null,
      place: 'Hà Nội',
      date: '2026-05-18',
      title: 'PHÂN QUYỀN, CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH, ĐIỀU KIỆN KINH DOANH',
    },
  ],
  [
    'a Markdown pipe table with emphasis',
    PIPE_TABLE,
    {
      type: 'QD',
      symbol: null,
      draft: true,
      issuer: 'Sở Công Thương',
      parentIssuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      place: 'Lào Cai',
      date: null,
      partialDate: '2026-06',
      title:
        'Về việc công nhận kết quả huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh',
    },
  ],
  [
    'OCR with columns one space apart',
    OCR_COLUMNS,
    {
      type: 'QD',
      symbol: '11/2026/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      place: 'Lào Cai',
      date: '2026-01-29',
      title: 'Ban hành Quy định một số nội dung về quản lý đầu tư và xây dựng trên địa bàn tỉnh Lào Cai',
    },
  ],
  ['an OCR text layer', OCR_SCAN, { type: 'QD', symbol: null, number: null, date: null, partialDate: '2026-07' }],
  [
    'a two-line issuer',
    TWO_LINE_ISSUER,
    {
      type: 'CV',
      draft: true,
      issuer: 'Cục Hóa chất',
      parentIssuer: 'Bộ Công Thương',
      place: 'Hà Nội',
      date: null,
      partialDate: '2025-05',
      title: 'V/v bổ sung hồ sơ cấp Giấy phép vận chuyển hàng hóa nguy hiểm',
    },
  ],
  [
    'a plan whose subject opens with "Thực hiện" (its annex caption left out)',
    PLAN_SUBJECT,
    {
      type: 'KH',
      draft: true,
      issuer: 'Sở Công Thương',
      title:
        'Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030',
    },
  ],
  [
    "a company's name on two lines",
    COMPANY_TWO_LINES,
    { issuer: 'Công ty CP đàu tư xây dựng hạ tàng và giao thông', symbol: '89/2026/QĐ-CT', date: '2026-05-08' },
  ],
  [
    'a header table moved after the body',
    MOVED_HEADER,
    {
      type: 'QD',
      symbol: '768/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      place: 'Hà Nội',
      date: '2025-04-15',
      title: 'PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH PHÁT TRIỂN ĐIỆN LỰC QUỐC GIA THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050',
    },
  ],
  [
    'a signed scan: subject glued to a garbled date, the stamp dates it',
    SIGNED_SCAN,
    {
      type: 'CV',
      issuer: 'Bộ Công Thương',
      place: 'Hà Nội',
      date: '2026-04-02',
      partialDate: null,
      title: 'V/v triên khai thực hiện thủ tục câp Giấy phép vận chuyền hàng hóa nguy hiêm loại 1,2,3.,4,9',
    },
  ],
  [
    'a cover page of an untyped genre (a thuyết minh citing the decree it explains)',
    [
      ...COVER_SIGNATURE,
      'MỞ ĐẦU',
      'tư, lập hồ sơ hoặc thực hiện các thủ tục có liên quan trước ngày Quyết định này',
      'hạn nội dung dự án thực hiện theo Quyết định này và các quy định pháp luật có',
    ],
    {
      type: null,
      issuer: 'Cục Địa chất và khoáng sản Việt Nam',
      place: 'Hà Nội',
      date: null,
      partialDate: '2026-03',
      title:
        'THUYẾT MINH ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ, KHAI THÁC, CHẾ BIẾN VÀ SỬ DỤNG CÁC LOẠI KHOÁNG SẢN NHÓM I THỜI KỲ 2021 – 2030, TẦM NHÌN ĐẾN NĂM 2050',
    },
  ],
  [
    'a law',
    LAW,
    { type: 'LUAT', symbol: '69/2025/QH15', number: '69', issuer: 'Quốc hội', date: '2025-06-14', title: 'HÓA CHẤT' },
  ],
])('%s', (_, lines, expected) => {
  const meta = parse(lines);
  it.each(Object.entries(expected))('%s', (field, value) => {
    expect(meta[field as keyof typeof meta]).toEqual(value);
  });
});

/** hang-nguy-hiem/vi-du-thuc-te/cuc-hoa-chat/Bien-ban-tham-dinh-loai-5-8-DucGiang.docx: a Biên bản dated in its opening. */
const MINUTES = [
  'BỘ CÔNG THƯƠNG',
  'CỤC HÓA CHẤT',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BIÊN BẢN THẨM ĐỊNH',
  'Hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 5, 8 cho Công ty TNHH hóa chất công nghiệp Đức Giang',
  'Căn cứ Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024 quy định Danh mục hàng hóa nguy hiểm, vận chuyển hàng hóa nguy hiểm;',
  'Hôm nay, ngày 14 tháng 11 năm 2025, tại trụ sở Cục Hóa chất - Bộ Công Thương, Cục Hóa chất tiến hành thẩm định hồ sơ.',
  'I. THÀNH PHẦN ',
];

describe('a Biên bản dated in its opening, not by the decree it cites', () => {
  const meta = parse(MINUTES);
  it.each([
    ['type', 'BB'],
    ['date', '2025-11-14'],
    ['issuer', 'Cục Hóa chất'],
    ['parentIssuer', 'Bộ Công Thương'],
  ])('%s', (field, value) => {
    expect(meta[field as keyof typeof meta]).toEqual(value);
  });
});

/** van-ban-hanh-chinh/templates/05-quyet-dinh.docx (mammoth): a capacity typed without its space. */
const UNSPACED_CAPACITY = [
  'Điều 3. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu VT, CN(Trang - T.Dương).',
  'KT.GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  '',
  ' Nguyễn Đình Chiến',
];

/**
 * vat-lieu-no/su-dung/vi-du-thuc-te/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.txt, its closing as a
 * Markdown converter prints a DOCX signature table: one row, `<br>` between the lines of a cell.
 */
const PIPE_CLOSING = [
  'Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.',
  '',
  '| **Nơi nhận:**<br>- Công ty CP XD Giao thông Yên Bái;<br>- Ban Giám đốc Sở;<br>- Lưu: VT, CN(M.Cường). | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br>Hoàng Văn Thuân |',
];

describe('signers', () => {
  it.each([
    ['beside the recipients, name lines below (layout)', LAYOUT, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'],
    ['beside the recipients in a tab column (.doc)', TABS, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Phan Văn Cương'],
    [
      'stacked capacities glued to title and name (DOCX)',
      GLUED_DOCX,
      'TM. CHÍNH PHỦ KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Phạm Thị Thanh Trà',
    ],
    [
      'a capacity and title an OCR flattened into the recipients',
      OCR_FLATTENED_SIGNATURE,
      'TM. ỦY BAN NHÂN DÂN',
      'HỦ TỊCH',
      'Nguyễn Tuấn Anh',
    ],
    [
      'a signature cell beside the recipients cell of a moved table',
      MOVED_HEADER,
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Bùi Thanh Sơn',
    ],
    ["a general's rank before the name", RANKED_SIGNER, 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Văn Hiền'],
    ['a title and a ranked name, no capacity', RANKED_MINISTER, null, 'BỘ TRƯỞNG', 'Tô Lâm'],
    [
      'a short letter signed before its appendix',
      SHORT_LETTER,
      'KT. CỤC TRƯỞNG',
      'PHÓ CỤC TRƯỞNG',
      'Vương Thành Chung',
    ],
    ['a name alone after the recipients (title lost under a seal)', NAME_UNDER_SEAL, null, null, 'Trương Thanh Hoài'],
    ['a capacity typed without its space', UNSPACED_CAPACITY, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Đình Chiến'],
    ['a Markdown signature row after a short letter', PIPE_CLOSING, 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'],
    [
      'a cover page: title, its body on two lines, the name',
      COVER_SIGNATURE,
      null,
      'CỤC TRƯỞNG CỤC ĐỊA CHẤT VÀ KHOÁNG SẢN VIỆT NAM',
      'Trần Bình Trọng',
    ],
  ])('%s', (_, lines, capacity, title, name) => {
    expect(parse(lines).signer).toEqual({ capacity, title, name });
  });
});

/** vat-lieu-no/kho/vi-du-thuc-te/2826_SCT-CN_VB01__kho_VLNCN_moMongSon_BaoAi_19.5.2026.pdf: a V/v wrapped onto lower-case lines. */
const WRAPPED_ABOUT = [
  'UBND TỈNH LÀO CAI',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ CÔNG THƯƠNG',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 2826 /SCT-CN',
  'Lào Cai, ngày 19 tháng 5 năm 2026',
  'V/v phúc đáp đề nghị hướng dẫn',
  'thực hiện an toàn đưa kho',
  'VLNCN vào sử dụng.',
  'Kính gửi: Công ty cổ phần Mông Sơn',
];

/** HD 36-HD/VPTW (mẫu Chương trình của tỉnh ủy): the Đảng bộ over its committee, a trích yếu in lower case. */
const PARTY_COMMITTEE = [
  'ĐẢNG BỘ TỈNH LÀO CAI               ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY',
  '  *                        Lào Cai, ngày 10 tháng 3 năm 2026',
  'Số 27-CTr/TU',
  '',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
  '',
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:',
];

/** vat-lieu-no/su-dung/vi-du-thuc-te/QD-PANM-khu-vuc-cong-trinh-bao-ve.docx (mammoth): a long trích yếu under the type. */
const LONG_SUBJECT = [
  'ỦY BAN NHÂN DÂN',
  ' CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH LÀO CAI',
  'Độc lập - Tự do - Hạnh phúc',
  'Số:            /QĐ-UBND',
  '           Lào Cai,  ngày       tháng       năm 2026',
  'QUYẾT ĐỊNH',
  'Phê duyệt phương án nổ mìn thi công gói thầu số 13: Công trình nối Quốc lộ 32 với cao tốc Nội Bài -Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái định cư 1 thuộc phường Trung Tâm và xã Liên Sơn thuộc dự án đường nối Quốc lộ 32 với đường cao tốc Nội Bài - Lào Cai',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
];

/** vat-lieu-no/kho/vi-du-thuc-te/BB-ktra-kho-Mong-Son.pdf (OCR): a Biên bản dated in figures after a wrapped paragraph. */
const MINUTES_IN_FIGURES = [
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BIÊN BẢN KIÊỀM TRA',
  'Thực tế kho bảo quản vật liệu nỗ công nghiệp',
  'Trên cơ sở đề nghị của Công ty cô phân Mông Sơn tại Văn số 12 /CV-MS',
  'ngày 25/06/2026 về việc báo cáo kết quả khắc phục các tồn tại kho chứa VUNCN',
  'tại khu vực mỏ đá Hoa Trăng thôn Làng Mới, xã Bảo Ái, tỉnh Lào Cai',
  'Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra thực tế kho',
  'chứa VLNCN tại khu vực mỏ đá Hoa Trăng thôn Làng Mới, xã Bảo Ai, tỉnh Lào',
];

describe('trích yếu and issuer the genre lays out', () => {
  it('a Biên bản takes the date of its opening, not of the letter it answers', () => {
    expect(parse(MINUTES_IN_FIGURES)).toMatchObject({ type: 'BB', date: '2026-06-29' });
  });
  it('a trích yếu under the type line is the title however long', () => {
    expect(parse(LONG_SUBJECT).title).toMatch(
      /^Phê duyệt phương án nổ mìn thi công gói thầu số 13: .* Nội Bài - Lào Cai$/u,
    );
  });
  it('a V/v runs on over lower-case lines that open like a body sentence', () => {
    expect(parse(WRAPPED_ABOUT).title).toBe(
      'V/v phúc đáp đề nghị hướng dẫn thực hiện an toàn đưa kho VLNCN vào sử dụng.',
    );
  });
  it('a committee under its Đảng bộ takes its place; its lower-case trích yếu is the title', () => {
    expect(parse(PARTY_COMMITTEE)).toMatchObject({
      issuer: 'Tỉnh ủy Lào Cai',
      type: 'CTr',
      symbol: '27-CTr/TU',
      title: 'thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
    });
  });
});
