/** @module ingest/facts/body-context — where a document's bodies sit: its place, its level and the unit it governs, from the issuer or the text. */
import { matchForm } from '../../core/text/vietnamese.ts';
import type { Clause } from '../../core/types.ts';
import type { BodyContext } from './bodies.ts';
import type { Unit } from './body-lexicon.ts';
import { expandAbbreviations } from './match-text.ts';

const UNIT_SIGNS: ReadonlyArray<readonly [Unit, RegExp]> = [
  ['tỉnh', /(?<!\p{L})tỉnh(?!\p{L})/gu],
  ['thành phố', /(?<!\p{L})thành (?:phố|ủy)(?!\p{L})/gu],
  ['huyện', /(?<!\p{L})huyện(?!\p{L})/gu],
  ['quận', /(?<!\p{L})quận(?!\p{L})/gu],
];

const LEVEL_OF_UNIT: Partial<Record<Unit, BodyContext['level']>> = {
  tỉnh: 'province',
  'thành phố': 'province',
  huyện: 'district',
  quận: 'district',
};

/** The unit a text names most often (`tỉnh` in a provincial letter), or null. */
function dominantUnit(text: string): Unit | null {
  const form = matchForm(expandAbbreviations(text).text);
  let best: Unit | null = null;
  let bestCount = 0;
  for (const [unit, re] of UNIT_SIGNS) {
    const count = form.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The body context of a document. The issuer decides the governed unit when it names one
 * (`Tỉnh ủy Sóc Trăng`, `Ban Thường vụ Thành ủy`); otherwise the unit the body text names most.
 * A city that governs itself is taken as province level (`Thành ủy` issuing for `thành phố`).
 */
export function documentBodyContext(
  clauses: readonly Clause[],
  context: { place: string | null; issuer: string | null },
): BodyContext {
  const fromIssuer = context.issuer ? dominantUnit(context.issuer) : null;
  const homeUnit =
    fromIssuer ??
    dominantUnit(
      clauses
        .filter((c) => c.kind !== 'recipients' && c.kind !== 'signature')
        .map((c) => c.text)
        .join('\n'),
    );
  return {
    place: context.place,
    level: homeUnit ? (LEVEL_OF_UNIT[homeUnit] ?? null) : null,
    homeUnit,
    issuer: context.issuer,
  };
}
