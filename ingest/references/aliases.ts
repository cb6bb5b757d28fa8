/**
 * @module ingest/references/aliases
 * Genre knowledge as data: resolutions of the Party Central Committee are commonly cited by their
 * plenum ("Nghị quyết Trung ương 7 khóa XI") instead of their number. One plenum may adopt several
 * resolutions; `keywords` (folded) pick one from the words that follow the name.
 */
import type { PartialDate } from '../../core/types.ts';

export interface PlenumResolution {
  /** Roman numeral of the Central Committee's term (`XI`). */
  term: string;
  /** Plenum number within the term (`7`). */
  plenum: number;
  symbol: string;
  date: PartialDate | null;
  subject: string;
  /** Folded words of the subject that tell the resolutions of one plenum apart. */
  keywords: string[];
}

const BCH = 'Ban Chấp hành Trung ương';

/** Issuer of every resolution in the table. */
export const PLENUM_ISSUER = BCH;

export const PLENUM_RESOLUTIONS: readonly PlenumResolution[] = [
  {
    term: 'X',
    plenum: 4,
    symbol: '09-NQ/TW',
    date: '2007-02-09',
    subject: 'Về Chiến lược biển Việt Nam đến năm 2020',
    keywords: ['bien'],
  },
  {
    term: 'X',
    plenum: 7,
    symbol: '25-NQ/TW',
    date: null,
    subject: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên',
    keywords: ['thanh nien'],
  },
  {
    term: 'X',
    plenum: 7,
    symbol: '26-NQ/TW',
    date: '2008-08-05',
    subject: 'Về nông nghiệp, nông dân, nông thôn',
    keywords: ['nong nghiep', 'nong dan', 'nong thon', 'tam nong'],
  },
  {
    term: 'X',
    plenum: 7,
    symbol: '27-NQ/TW',
    date: null,
    subject: 'Về xây dựng đội ngũ trí thức',
    keywords: ['tri thuc'],
  },
  {
    term: 'XI',
    plenum: 4,
    symbol: '12-NQ/TW',
    date: '2012-01-16',
    subject: 'Một số vấn đề cấp bách về xây dựng Đảng hiện nay',
    keywords: ['xay dung dang'],
  },
  {
    term: 'XI',
    plenum: 5,
    symbol: '19-NQ/TW',
    date: '2012-10-31',
    subject: 'Về tiếp tục đổi mới chính sách, pháp luật về đất đai',
    keywords: ['dat dai'],
  },
  {
    term: 'XI',
    plenum: 6,
    symbol: '20-NQ/TW',
    date: '2012-10-31',
    subject: 'Về phát triển khoa học và công nghệ',
    keywords: ['khoa hoc', 'cong nghe'],
  },
  {
    term: 'XI',
    plenum: 7,
    symbol: '24-NQ/TW',
    date: '2013-06-03',
    subject: 'Về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
    keywords: ['bien doi khi hau', 'tai nguyen', 'moi truong'],
  },
  {
    term: 'XI',
    plenum: 7,
    symbol: '25-NQ/TW',
    date: '2013-06-03',
    subject: 'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    keywords: ['dan van'],
  },
  {
    term: 'XI',
    plenum: 8,
    symbol: '28-NQ/TW',
    date: null,
    subject: 'Về Chiến lược bảo vệ Tổ quốc trong tình hình mới',
    keywords: ['bao ve to quoc'],
  },
  {
    term: 'XI',
    plenum: 8,
    symbol: '29-NQ/TW',
    date: '2013-11-04',
    subject: 'Về đổi mới căn bản, toàn diện giáo dục và đào tạo',
    keywords: ['giao duc', 'dao tao'],
  },
  {
    term: 'XI',
    plenum: 9,
    symbol: '33-NQ/TW',
    date: '2014-06-09',
    subject: 'Về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước',
    keywords: ['van hoa'],
  },
  {
    term: 'XII',
    plenum: 4,
    symbol: '04-NQ/TW',
    date: '2016-10-30',
    subject: 'Về tăng cường xây dựng, chỉnh đốn Đảng',
    keywords: ['chinh don dang', 'xay dung dang'],
  },
  {
    term: 'XII',
    plenum: 6,
    symbol: '18-NQ/TW',
    date: '2017-10-25',
    subject:
      'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
    keywords: ['bo may'],
  },
  {
    term: 'XII',
    plenum: 6,
    symbol: '19-NQ/TW',
    date: '2017-10-25',
    subject:
      'Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập',
    keywords: ['su nghiep cong lap'],
  },
  {
    term: 'XII',
    plenum: 6,
    symbol: '20-NQ/TW',
    date: '2017-10-25',
    subject: 'Về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới',
    keywords: ['suc khoe'],
  },
  {
    term: 'XII',
    plenum: 6,
    symbol: '21-NQ/TW',
    date: '2017-10-25',
    subject: 'Về công tác dân số trong tình hình mới',
    keywords: ['dan so'],
  },
  {
    term: 'XII',
    plenum: 8,
    symbol: '36-NQ/TW',
    date: '2018-10-22',
    subject: 'Về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045',
    keywords: ['bien'],
  },
  {
    term: 'XIII',
    plenum: 5,
    symbol: '18-NQ/TW',
    date: '2022-06-16',
    subject: 'Về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất',
    keywords: ['dat'],
  },
  {
    term: 'XIII',
    plenum: 5,
    symbol: '19-NQ/TW',
    date: '2022-06-16',
    subject: 'Về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
    keywords: ['nong nghiep', 'nong dan', 'nong thon', 'tam nong'],
  },
  {
    term: 'XIII',
    plenum: 5,
    symbol: '20-NQ/TW',
    date: '2022-06-16',
    subject: 'Về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    keywords: ['kinh te tap the'],
  },
  {
    term: 'XIII',
    plenum: 5,
    symbol: '21-NQ/TW',
    date: '2022-06-16',
    subject:
      'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
    keywords: ['co so dang', 'dang vien'],
  },
];

/**
 * The resolution a plenum name stands for, or null when the table does not know it or cannot tell
 * the plenum's resolutions apart from `context` (the folded words around the name).
 * @example plenumResolution(7, 'XI', 've chu dong ung pho voi bien doi khi hau')?.symbol // '24-NQ/TW'
 */
export function plenumResolution(plenum: number, term: string, context: string): PlenumResolution | null {
  const candidates = PLENUM_RESOLUTIONS.filter((r) => r.plenum === plenum && r.term === term.toUpperCase());
  if (candidates.length <= 1) return candidates[0] ?? null;
  const matching = candidates.filter((r) => r.keywords.some((k) => new RegExp(`\\b${k}\\b`).test(context)));
  return matching.length === 1 ? matching[0] : null;
}

/**
 * The table's entry for a cited symbol when the citation's term or date confirms it (Party numbers
 * restart each term, so the symbol alone is not enough).
 * @example resolutionOfSymbol('24-NQ/TW', 'XI', null)?.date // '2013-06-03'
 */
export function resolutionOfSymbol(
  symbol: string,
  term: string | null,
  date: PartialDate | null,
): PlenumResolution | null {
  return (
    PLENUM_RESOLUTIONS.find(
      (r) =>
        r.symbol === symbol && ((term !== null && r.term === term.toUpperCase()) || (date !== null && r.date === date)),
    ) ?? null
  );
}
