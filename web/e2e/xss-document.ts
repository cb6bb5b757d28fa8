/** @module web/e2e/xss-document — a well-formed document whose text carries markup that must render as text. */

export const XSS_FILE = 'thu-nghiem-an-toan.txt';
export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(1)>';

export const XSS_TEXT = `THÀNH ỦY THỬ NGHIỆM
*
Số 99-CV/TU
V/v kiểm tra an toàn hiển thị ${XSS_SCRIPT}

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 02 tháng 01 năm 2024

Kính gửi: Các ban xây dựng Đảng.

Để kiểm tra việc hiển thị văn bản có ký tự đặc biệt, Ban Thường vụ Thành ủy đề nghị như sau:

1. Văn phòng Thành ủy chủ trì rà soát đoạn văn có thẻ ${XSS_SCRIPT} và bảo đảm nội dung hiện ra như chữ thường.

2. Ban Tuyên giáo Thành ủy phối hợp kiểm tra hình ${XSS_IMG} trong các văn bản, báo cáo kết quả trước ngày 31/01/2024.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn Thử
`;
