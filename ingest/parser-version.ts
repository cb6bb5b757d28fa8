/**
 * @module ingest/parser-version
 * The version of what parsing stores. It is part of every source's content hash, so a file parsed by
 * an older parser is not "unchanged": the next ingest parses it again (new relations, dates, labels)
 * instead of skipping it. Bump it in the commit that changes what the parser stores.
 */
import { createHash } from 'node:crypto';

/**
 * 1: validity relations and effective dates (migration 004) — stores ingested before them lack both.
 * 2: draft flag, parent issuer and partial date (migration 006); OCR of garbled PDF text layers;
 *    labelled lead bodies; laws cited by a lower-case name with their date or number.
 * 3: header metadata on unseen layouts — signers beside flattened recipients, alone under a seal or
 *    after a rank; header tables moved after the body; cover-page titles; OCR-garbled dates and the
 *    signature stamp's time; plan subjects opening with 'Thực hiện'; company names on two lines;
 *    bodies as an open class (a capitalized name before a lead verb, lowercase names ending at a unit number
 *    or a heading, `các cơ quan, đơn vị có liên quan`); closing paragraphs inherit no body.
 * 4: task-table columns by header (`Cơ quan chủ trì`, `Đơn vị thực hiện`); the addressee of `đề nghị` / `yêu cầu` / `giao` acts; a head's title names its body (`Giám đốc Sở …`); a
 *    lowercase head before a capitalized field (`phòng Quản lý Công nghiệp`); items after a lead-in paragraph inherit it;
 *    header dates read from the header only, Biên bản dated in figures, wrapped trích yếu, `Giấy đề nghị` typed; an article titled by a body alone
 *    (`Điều 7. Binh chủng Hóa học`) heads its khoản's tasks.
 * 5: a changing verb in a list lead-in (`Bãi bỏ các văn bản sau:`) governs each item's document; `Căn cứ` lines are
 *    `basis`, a provision's place (`quy định tại khoản 3 Điều 22 của Nghị định …`) `cites`; no type from a quoted
 *    `Nghị định này` without a header; blank-year templates, side-by-side Biên bản signers, a team's founding decision
 *    under its name, one-line recipients split, `PHÓ BÍ THƯ THƯỜNG TRỰC`.
 * 6: a decision's closing article names its executors (`… chịu trách nhiệm thi hành Quyết định này`); a letter's
 *    writer narrating its receipt or opinion (`… nhận được Văn bản số …`) is given no task.
 * 7: the subject after a fronted adverbial leads (`Căn cứ …, X tổ chức …`); the letter frame (`Kính gửi` lines) and
 *    the issuer stating its own act give no task; `X thông báo để Y biết và thực hiện` leads Y; a Biên bản's
 *    `Đại diện X` members; `.txt` exports with broken PDF fonts decoded; garbled header cells read as null.
 * 8: body names read to where the genre ends them (a lowercase run to its lead verb or a stop), passive `được giao
 *    cho X`, the closing formula without `để`; PDF pages whose text layer is one word per line read with poppler;
 *    two signers' names run together split at a family name.
 * 9: a cited document's unquoted subject (`… của Chính phủ quy định chi tiết …`) ends its issuer and does not type the
 *    next mention; look-alike Cyrillic/Greek letters in mixed-script symbols read as Latin; joint codes of up to 8
 *    issuers; received-document stamps and an unaccented body line under the seal left out of the header; body
 *    names run on after `và`, two bodies split at a second head; passive `do X <verb of doing>` leads X.
 * 10: DOCX data tables as pipe rows under their header (a cell's paragraphs apart with `;`); appendices and attached
 *    texts after a non-legal document's signature are their own parts (`Phụ lục II, mục 3`), not the signature's
 *    text; officers in a task table's person column keep their names; a scan's unreadable number from its file name;
 *    acts named in another act's description or said to be issued by the writer are cited, not implemented; a
 *    `Căn cứ` sentence in the body is no basis; every numbered act of a Căn cứ line is a basis.
 * 11: a request or proposal to amend, repeal or replace an act (`Đề nghị … sửa đổi …`, `kiến nghị`, `đề xuất`) is
 *    a cite, not an amends/repeals/replaces link: only the issuing act changes another act's force.
 * 12: a dotted number (`66.16/2026/NQ-CP`, `26.06/GĐN-MB`) is read whole in citations and in the header, so a
 *    mention and the document it names share one key (they were `16/2026/NQ-CP`, another act).
 * 13: technical standards (`QCVN 01:2019/BCT`, `TCVN 5945:2005`) are cited references of their own type; a proposal
 *    to amend cites; a changing verb inside a `Căn cứ` line amends nothing; an OCR'd capital title's lost marks read
 *    back through the corpus syllables; a `Giấy …`'s title keeps its type words.
 * 14: OCR look-alikes inside a document sign (`QĐÐ`, `NĐ.. CP`, `l05/2025`) are repaired by the confusion table
 *    when the repaired token parses as a sign; `©)` opening a line is the point marker `c)`.
 * 15: a Công văn's addressee (`Kính gửi`, its defined short name, `Quý Công ty`) leads what the letter asks of it;
 *    a changing verb reaches every act it names and across a description of the parts; `Khoản I` is khoản 1 and
 *    `vào sau` adds no junk part.
 * 16: an actor a normative text names by a role noun (`Chủ đầu tư`, `Hội đồng thẩm định`, `cơ quan chuyên môn về xây
 *    dựng`) before `có trách nhiệm` / `chịu trách nhiệm` / `chủ trì` leads, its heads learned from the store.
 * 17: a change one document reports between two other acts (`X được sửa đổi, bổ sung bởi Y`) is stored as Y's link
 *    to X with the reporting clause, not as the document's own edge; a changing verb inside a law's name changes
 *    nothing; the modal `phải` before a cue is not part of a role-noun actor's name.
 * 18: in a letter without numbered parts the `-`/`+` request lines nest under the paragraph that introduces them, and
 *    a long `V/v` trích yếu stays in the header; a reported change's agents after a colon (`bởi các Luật: …`) link.
 */
export const PARSER_VERSION = 18;

/** The hash of a text as read from its file, with its sidecar and the parser version that reads it. */
export function sourceHash(text: string, sidecar: unknown = null, version: number = PARSER_VERSION): string {
  return createHash('sha256')
    .update(`vankien-parser-${version}\n`)
    .update(text + JSON.stringify(sidecar ?? null))
    .digest('hex');
}
