/**
 * @module api/sql-interpolation.test
 * Static check: no value is spliced into SQL text. Values travel as `$n` parameters; what may be
 * interpolated into a statement is listed below, and anything else fails this test with its place.
 *
 * The rule, applied to every template literal (and `+` concatenation) in the data-access folders
 * that looks like SQL (a keyword such as select/where/limit/like, or a comparison right before the
 * interpolation), except error messages (arguments of `*Error(...)`/`new ...` calls):
 * an interpolation `${e}` is allowed when `e` is
 *  1. a placeholder: `param(...)` (any argument), or a number after a literal `$` (`$${params.length}`);
 *  2. a module constant (`UPPER_CASE`), a literal, or a template/conditional/`.join()`/`.map()` made
 *     only of allowed parts;
 *  3. a call to a fragment builder named `...Sql(...)` (its own templates are checked here too) or to
 *     a local helper whose every call site in the file passes allowed arguments;
 *  4. a `const` bound to an allowed expression, an array of fragments whose every `.push()` is allowed,
 *     or a parameter of a local helper whose call sites all pass allowed arguments;
 *  5. one of the reviewed exceptions below, each with the reason it cannot carry input.
 * Calls to `insertRows` must pass a literal table and constant columns/suffix (its documented contract).
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the self-tests give TypeScript source as strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FOLDERS = ['core/store', 'search', 'lineage', 'answer', 'briefing'];

/** `file: expression` → why it cannot carry input. Keep short; every entry is reviewed code. */
const REVIEWED: Record<string, string> = {
  'core/store/db.ts: name': 'savepoint name `sp_<counter>`, built from a local integer counter',
  'core/store/insert-rows.ts: table': 'insertRows contract: callers pass a literal table (checked below)',
  'core/store/insert-rows.ts: columns': 'insertRows contract: callers pass constant columns (checked below)',
  'core/store/insert-rows.ts: options.suffix': 'insertRows contract: callers pass a constant suffix (checked below)',
  'core/store/insert-rows.ts: head': 'built from table and columns above',
  'core/store/insert-rows.ts: tuples.join': 'tuples of `$n` placeholders',
  'core/store/embeddings-repo.ts: dim': 'validated integer in 1..2000 before use (ensureEmbeddingColumn)',
  'core/store/integrity.ts: check.sql': 'CHECKS is a module constant of SQL text',
};

const SQL_WORDS =
  /\b(select|insert\s+into|update\s+\w+\s+set|delete\s+from|where|limit|offset|order\s+by|group\s+by|join|values|savepoint|create\s+(?:table|index)|alter\s+table|drop\s+(?:table|index)|unaccent|coalesce|like|ilike|set_config)\b/i;
const COMPARISON_BEFORE = /(?:[\w)\]]\s*(?:=|<>|!=|<=|>=|<|>)|\bin\s*\(|\blike)\s*$/i;

interface Finding {
  file: string;
  line: number;
  expr: string;
  why: string;
}

function listTs(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // folder not there yet
  }
  return names.flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listTs(p);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const isConstName = (name: string) => /^[A-Z][A-Z0-9_]*$/.test(name);

class FileChecker {
  readonly findings: Finding[] = [];
  private readonly sf: ts.SourceFile;
  private readonly text: string;
  private readonly resolving = new Set<string>();

  constructor(
    private readonly rel: string,
    source: string,
  ) {
    this.text = source;
    this.sf = ts.createSourceFile(rel, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  }

  run(): Finding[] {
    const visit = (node: ts.Node) => {
      if (ts.isTemplateExpression(node) && this.looksLikeSql(node) && !this.inMessage(node)) {
        this.checkTemplate(node);
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        this.checkConcatenation(node);
      }
      if (ts.isCallExpression(node) && this.calleeName(node) === 'insertRows') this.checkInsertRows(node);
      ts.forEachChild(node, visit);
    };
    visit(this.sf);
    return this.findings;
  }

  private looksLikeSql(node: ts.TemplateExpression): boolean {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
    if (SQL_WORDS.test(parts.join(' '))) return true;
    return parts.slice(0, -1).some((p) => COMPARISON_BEFORE.test(p));
  }

  /** Inside an error factory or constructor call: a message, not a statement. */
  private inMessage(node: ts.Node): boolean {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isNewExpression(p)) return true;
      if (ts.isCallExpression(p) && /error$/i.test(this.calleeName(p) ?? '')) return true;
      if (ts.isThrowStatement(p)) return true;
      if (ts.isFunctionLike(p)) return false;
    }
    return false;
  }

  private calleeName(call: ts.CallExpression): string | undefined {
    const e = call.expression;
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e)) return e.name.text;
    return undefined;
  }

  private report(node: ts.Node, why: string): void {
    const expr = node.getText(this.sf).replace(/\s+/g, ' ');
    const key = `${this.rel}: ${expr.replace(/\(.*$/s, '')}`;
    if (REVIEWED[key] !== undefined || REVIEWED[`${this.rel}: ${expr}`] !== undefined) return;
    const { line } = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    this.findings.push({ file: this.rel, line: line + 1, expr, why });
  }

  private checkTemplate(node: ts.TemplateExpression): void {
    let before = node.head.text;
    for (const span of node.templateSpans) {
      const placeholderNumber = before.endsWith('$');
      if (!placeholderNumber && !this.allowed(span.expression)) {
        this.report(span.expression, 'interpolated into SQL text');
      }
      before = span.literal.text;
    }
  }

  private checkConcatenation(node: ts.BinaryExpression): void {
    const sides = [node.left, node.right];
    const sqlSide = sides.find((s) => ts.isStringLiteralLike(s) && SQL_WORDS.test(s.text));
    if (!sqlSide || this.inMessage(node)) return;
    for (const s of sides) if (s !== sqlSide && !this.allowed(s)) this.report(s, 'concatenated into SQL text');
  }

  private checkInsertRows(call: ts.CallExpression): void {
    const [, table, columns, , options] = call.arguments;
    if (table && !ts.isStringLiteralLike(table)) this.report(table, 'insertRows table must be a string literal');
    if (columns && !this.isConstant(columns)) this.report(columns, 'insertRows columns must be a constant');
    if (options && ts.isObjectLiteralExpression(options)) {
      for (const prop of options.properties) {
        if (
          ts.isPropertyAssignment(prop) &&
          prop.name.getText(this.sf) === 'suffix' &&
          !this.isConstant(prop.initializer)
        )
          this.report(prop.initializer, 'insertRows suffix must be a constant');
      }
    }
  }

  private isConstant(e: ts.Expression): boolean {
    if (ts.isIdentifier(e)) return isConstName(e.text);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true;
    if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => this.isConstant(x));
    if (ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) return this.isConstant(e.expression);
    return false;
  }

  /** Whether an expression can only produce SQL text written in the code, never a value. */
  private allowed(e: ts.Expression): boolean {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e))
      return this.allowed(e.expression);
    if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true;
    if (ts.isTemplateExpression(e)) {
      let before = e.head.text;
      return e.templateSpans.every((s) => {
        const ok = before.endsWith('$') || this.allowed(s.expression);
        before = s.literal.text;
        return ok;
      });
    }
    if (ts.isConditionalExpression(e)) return this.allowed(e.whenTrue) && this.allowed(e.whenFalse);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return this.allowed(e.left) && this.allowed(e.right);
    if (ts.isIdentifier(e)) return isConstName(e.text) || this.allowedBinding(e.text);
    if (ts.isPropertyAccessExpression(e)) {
      // CONSTANT.member, or a key reviewed as such.
      const root = e.getText(this.sf).split('.')[0];
      return isConstName(root) || REVIEWED[`${this.rel}: ${e.getText(this.sf)}`] !== undefined;
    }
    if (ts.isElementAccessExpression(e)) return this.allowed(e.expression);
    if (ts.isCallExpression(e)) return this.allowedCall(e);
    return false;
  }

  private allowedCall(call: ts.CallExpression): boolean {
    const name = this.calleeName(call);
    if (name === undefined) return false;
    if (name === 'param') return true;
    if (/Sql$/.test(name)) return true;
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && ['join', 'map', 'slice', 'trim'].includes(name)) {
      // fragments.join(' and '): the list must be allowed; map callbacks return checked templates.
      const argsOk = call.arguments.every(
        (a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a) || this.allowed(a),
      );
      return argsOk && this.allowed(callee.expression);
    }
    // A local helper: allowed if what it returns is (its parameters are judged by their call sites).
    if (ts.isIdentifier(callee)) {
      const returns = this.returnsOf(name);
      if (returns !== undefined) {
        if (this.resolving.has(`fn:${name}`)) return true;
        this.resolving.add(`fn:${name}`);
        try {
          return returns.every((r) => this.allowed(r));
        } finally {
          this.resolving.delete(`fn:${name}`);
        }
      }
    }
    return REVIEWED[`${this.rel}: ${name}`] !== undefined;
  }

  /** A `const`, a fragment array, or a helper parameter named `name` in this file. */
  private allowedBinding(name: string): boolean {
    if (REVIEWED[`${this.rel}: ${name}`] !== undefined) return true;
    if (this.resolving.has(name)) return true; // recursion: judged by the other parts
    this.resolving.add(name);
    try {
      const decls: ts.VariableDeclaration[] = [];
      const params: ts.ParameterDeclaration[] = [];
      const visit = (n: ts.Node) => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name) decls.push(n);
        if (ts.isParameter(n) && ts.isIdentifier(n.name) && n.name.text === name) params.push(n);
        ts.forEachChild(n, visit);
      };
      visit(this.sf);
      if (decls.length > 0) {
        return decls.every((d) => {
          const list = d.parent;
          if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || !d.initializer) return false;
          if (ts.isArrayLiteralExpression(d.initializer) && d.initializer.elements.length === 0)
            return this.pushesAllowed(name);
          if (ts.isArrayLiteralExpression(d.initializer))
            return d.initializer.elements.every((x) => this.allowed(x)) && this.pushesAllowed(name);
          return this.allowed(d.initializer);
        });
      }
      // A helper's parameter: every call of the helper passes an allowed argument there; or the
      // element parameter of a `.map()` callback over an allowed list (COLUMNS.map((c) => ...)).
      return (
        params.length > 0 &&
        params.every((p) => {
          const fn = p.parent;
          const call = fn.parent;
          if (
            (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
            ts.isCallExpression(call) &&
            ts.isPropertyAccessExpression(call.expression) &&
            ['map', 'flatMap', 'filter'].includes(call.expression.name.text)
          ) {
            return fn.parameters.indexOf(p) === 0 && this.allowed(call.expression.expression);
          }
          const index = fn.parameters.indexOf(p);
          const helper = this.nameOfFunction(fn);
          if (helper === undefined) return false;
          const calls = this.callsOf(helper);
          return (
            calls.length > 0 && calls.every((c) => c.arguments[index] !== undefined && this.allowed(c.arguments[index]))
          );
        })
      );
    } finally {
      this.resolving.delete(name);
    }
  }

  private pushesAllowed(array: string): boolean {
    let ok = true;
    const visit = (n: ts.Node) => {
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        ['push', 'unshift'].includes(n.expression.name.text) &&
        n.expression.expression.getText(this.sf) === array
      ) {
        ok &&= n.arguments.every((a) => this.allowed(a));
      }
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return ok;
  }

  private nameOfFunction(fn: ts.SignatureDeclaration): string | undefined {
    if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent)) {
      return ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
    }
    return undefined;
  }

  /** The expressions a function declared in this file returns, or undefined when there is none by that name. */
  private returnsOf(name: string): ts.Expression[] | undefined {
    let fn: ts.FunctionLikeDeclaration | undefined;
    const visit = (n: ts.Node) => {
      if (ts.isFunctionDeclaration(n) && n.name?.text === name) fn = n;
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === name &&
        n.initializer &&
        (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
      )
        fn = n.initializer;
      if (!fn) ts.forEachChild(n, visit);
    };
    visit(this.sf);
    const body = fn?.body;
    if (!body) return undefined;
    if (!ts.isBlock(body)) return [body];
    const out: ts.Expression[] = [];
    const walk = (n: ts.Node) => {
      if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
      if (!ts.isFunctionLike(n)) ts.forEachChild(n, walk);
    };
    ts.forEachChild(body, walk);
    return out;
  }

  private callsOf(name: string): ts.CallExpression[] {
    const calls: ts.CallExpression[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) calls.push(n);
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
    return calls;
  }
}

/** Runs the rule over TypeScript source; exported shape for the self-test below. */
function check(rel: string, source: string): Finding[] {
  return new FileChecker(rel, source).run();
}

describe('SQL is never built from values (static check)', () => {
  it('finds no value interpolated or concatenated into SQL in the data-access folders', () => {
    const files = FOLDERS.flatMap((f) => listTs(join(ROOT, f)));
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((f) => {
      const rel = relative(ROOT, f).split('\\').join('/');
      return check(rel, readFileSync(f, 'utf8'));
    });
    const shown = findings.map((f) => `${f.file}:${f.line} \${${f.expr}} — ${f.why}`);
    expect(
      shown,
      'pass values as $n parameters (param(...)); see the rule at the top of api/sql-interpolation.test.ts',
    ).toEqual([]);
  });

  it.each([
    ['a value in a where clause', 'const q = (db, id) => db.query(`select * from documents where id = ${id}`);', 1],
    ['a value concatenated', "const q = (db, id) => db.query('select * from documents where id = ' + id);", 1],
    ['a limit from input', 'const q = (db, n) => db.query(`select 1 limit ${n}`);', 1],
    ['a placeholder', 'const q = (db, id, param) => db.query(`select * from t where id = ${param(id)}`);', 0],
    ['a placeholder number', 'const f = (params) => `$${params.length}`; const s = `select ${COLS} from t`;', 0],
    [
      'fragments pushed with placeholders',
      'function w(f, param) { const where = []; if (f.a) where.push(`a = ${param(f.a)}`); return `select 1 where ${where.join(" and ")}`; }',
      0,
    ],
    [
      'a fragment pushed with a value',
      'function w(f) { const where = []; where.push(`a = ${f.a}`); return `select 1 where ${where.join(" and ")}`; }',
      1,
    ],
    ['an error message', 'throw storeError("x", { reason: `select failed where id = ${id}` });', 0],
    [
      'a helper returning a column name and a placeholder',
      "function w(f, param) { const like = (col, v) => `${col} like ${param(v)}`; return `select 1 where ${like('a', f.a)}`; }",
      0,
    ],
    [
      'a helper returning its argument',
      'function w(f) { const raw = (v) => `${v}`; return `select 1 where a = ${raw(f.a)}`; }',
      1,
    ],
    [
      'columns mapped from a constant',
      'const SET = `update t set ${COLS.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`;',
      0,
    ],
    ['a markdown quote', 'const md = (w) => `> ${w.note}\n`;', 0],
  ])('self-test: %s', (_name, source, expected) => {
    const found = check('self-test.ts', source);
    if (expected === 0) expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThanOrEqual(expected);
  });
});
