// Builds the coalition matrix page. Pure (no `vscode` import) so that unit tests can check the escaping and the CSP.
import type { CoalitionMatrix } from './protocol';

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The words of the page, already in the display language. */
export interface MatrixStrings {
  readonly title: string;
  readonly empty: string;
  readonly signed: string;
  /** Column header tooltip prefix, e.g. "reported in". */
  readonly reportedIn: string;
  readonly stateOrBody: string;
}

/** What the page needs from the webview: its CSP source and a fresh nonce. */
export interface MatrixPageOptions {
  readonly cspSource: string;
  readonly nonce: string;
  /** The stylesheet's webview URI (under media/). */
  readonly styleUri: string;
  /** BCP 47 tag of the display language, for the page's `lang`. */
  readonly lang: string;
  readonly strings: MatrixStrings;
}

/** The Content-Security-Policy of the page: nothing remote, scripts only with the nonce, styles only from the extension. */
export function matrixCsp(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
}

/**
 * The whole page. Cells are buttons that carry only their index: the extension looks the cell up in the matrix
 * it holds, so nothing the page sends back can name an arbitrary file.
 */
export function renderMatrixHtml(matrix: CoalitionMatrix, o: MatrixPageOptions): string {
  const s = o.strings;
  const cellAt = new Map<string, number>();
  matrix.cells.forEach((c, i) => cellAt.set(`${c.row}:${c.column}`, i));
  let body: string;
  if (matrix.rows.length === 0 || matrix.columns.length === 0) {
    body = `<p class="empty">${escapeHtml(s.empty)}</p>`;
  } else {
    const head = matrix.columns
      .map((c) => `<th scope="col" title="${escapeHtml(`${c.label} — ${s.reportedIn} ${c.path}`)}"><span>${escapeHtml(c.label)}</span></th>`)
      .join('');
    const rows = matrix.rows
      .map((r, ri) => {
        const cells = matrix.columns
          .map((c, ci) => {
            const i = cellAt.get(`${ri}:${ci}`);
            if (i === undefined) return '<td></td>';
            const label = `${r.name} — ${c.label}`;
            return `<td><button class="mark" data-cell="${i}" title="${escapeHtml(`${s.signed}: ${label}`)}" aria-label="${escapeHtml(`${s.signed}: ${label}`)}">●</button></td>`;
          })
          .join('');
        return `<tr><th scope="row" class="${escapeHtml(r.type)}">${escapeHtml(r.name)}</th>${cells}</tr>`;
      })
      .join('\n');
    body = `<table><thead><tr><th scope="col">${escapeHtml(s.stateOrBody)}</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(matrixCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
<title>${escapeHtml(s.title)}</title>
</head>
<body>
<h1>${escapeHtml(s.title)}</h1>
${body}
<script nonce="${escapeHtml(o.nonce)}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const b = e.target instanceof Element ? e.target.closest('button[data-cell]') : null;
  if (b) vscode.postMessage({ type: 'open', cell: Number(b.getAttribute('data-cell')) });
});
</script>
</body>
</html>`;
}
