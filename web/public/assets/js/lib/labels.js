/** @module web/lib/labels — display names for the domain's codes (types, relations, roles, comparators). */
import { formatDate, formatNumber, t } from './i18n.js';

/** `NQ` → `Nghị quyết` / `Resolution`; unknown codes as they are. */
export function typeName(type) {
  if (!type) return '';
  const key = `type.${type}`;
  const name = t(key);
  return name === key ? type : name;
}

/** `implements` → `triển khai thực hiện` / `implements`. */
export function relationName(relation) {
  const key = `relation.${relation}`;
  const name = t(key);
  return name === key ? String(relation) : name;
}

/** `lead` → `chủ trì` / `leads`. */
export function roleName(role) {
  const key = `role.${role}`;
  const name = t(key);
  return name === key ? String(role) : name;
}

/** `reach` → `đạt` / `reach`. */
export function comparatorName(comparator) {
  if (!comparator) return '';
  const key = `comparator.${comparator}`;
  const name = t(key);
  return name === key ? String(comparator) : name;
}

/** `rural` → `nông thôn` / `rural`; unknown scopes as they are. */
export function scopeName(scope) {
  if (!scope) return '';
  const key = `scope.${scope}`;
  const name = t(key);
  return name === key ? String(scope) : name;
}

/** A target's value with its unit: `74,8%`, `1.200 tấn`. */
export function targetValue(target) {
  const value = target.valueText || formatNumber(target.value);
  if (!target.unit) return value;
  return target.unit === '%' ? `${value}%` : `${value} ${target.unit}`;
}

/** When a target is due: `2025`, `2021–2025`. */
export function targetWhen(target) {
  if (target.period) return `${target.period.from}–${target.period.to}`;
  return target.deadline ? String(target.deadline) : '';
}

/** A short name for a lineage node or document key: symbol, else name, else subject, else the key. */
export function nodeName(node) {
  if (node.symbol) return `${typeName(node.type)} ${node.symbol}`.trim();
  return node.name || node.title || node.subject || node.key || '';
}

/** A document's one-line description for pickers: symbol · date · title. */
export function documentLine(doc) {
  return [
    doc.symbol ? `${typeName(doc.type)} ${doc.symbol}`.trim() : typeName(doc.type),
    formatDate(doc.date),
    doc.title,
  ]
    .filter(Boolean)
    .join(' · ');
}
