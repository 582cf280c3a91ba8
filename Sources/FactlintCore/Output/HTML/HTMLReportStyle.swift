/// The report's inline stylesheet. Severity shows as colour and as an icon, a word and an
/// underline style (solid, dashed, dotted), so it reads in grey print and without colour.
enum HTMLReportStyle {
    static let css = """
    :root { --ink: #1d232b; --muted: #5b6570; --rule: #d7dce1; --paper: #fff; --wash: #f5f7f9;
      --error: #b3261e; --error-bg: #fde8e6; --warning: #8a5300; --warning-bg: #fff1d6;
      --note: #1f5fa8; --note-bg: #e6f0fb; --agree: #1e6b3a; --agree-bg: #e5f4ea; --focus: #6b3fd4; }
    * { box-sizing: border-box; }
    html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); }
    body { margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 90rem; }
    h1 { font-size: 1.6rem; margin: 0; letter-spacing: -0.01em; }
    h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.05rem; margin: 1.75rem 0 0.25rem; overflow-wrap: anywhere; }
    h4 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
    a { color: #0b57a3; }
    a:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    code { font: 0.85em/1.2 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: 0.25rem 0.5rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .meta, .hint, .tally { color: var(--muted); margin: 0.25rem 0; }
    .counts { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; padding: 0; }
    .counts div { border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.9rem; min-width: 8rem; background: var(--wash); }
    .counts dt { font-size: 0.8rem; color: var(--muted); }
    .counts dd { margin: 0; font-size: 1.5rem; font-weight: 650; }
    nav a { margin-right: 1rem; }
    .by-rule { font-size: 0.9rem; color: var(--muted); } .by-rule a { text-decoration: none; color: var(--ink); }
    .num { display: inline-block; min-width: 1.4em; padding: 0 0.3em; border-radius: 3px; background: var(--ink); color: var(--paper); font-size: 0.8em; text-align: center; }
    .sev { font-weight: 600; white-space: nowrap; }
    .sev.error, .cell.error .tag { color: var(--error); }
    .sev.warning, .cell.warning .tag { color: var(--warning); }
    .sev.note, .cell.note .tag { color: var(--note); }
    table { border-collapse: separate; border-spacing: 0; }
    table.rules { width: 100%; font-size: 0.9rem; }
    table.rules th, table.rules td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
    table.rules thead th { border-bottom: 2px solid var(--ink); }
    table.rules tbody th { white-space: nowrap; font-weight: normal; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .voted { font-style: italic; }
    .scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--rule); border-radius: 6px; }
    table.facts { font-size: 0.88rem; min-width: 100%; }
    table.facts caption { text-align: left; padding: 0.5rem 0.75rem; color: var(--muted); caption-side: top; }
    table.facts th, table.facts td { padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--rule); border-right: 1px solid var(--rule);
      max-width: 12rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: top; text-align: left; background: var(--paper); }
    table.facts thead th { position: sticky; top: 0; z-index: 2; background: var(--wash); border-bottom: 2px solid var(--ink); }
    table.facts tbody th { position: sticky; left: 0; z-index: 1; background: var(--wash); font-weight: normal; min-width: 13rem; max-width: 20rem; }
    table.facts thead th:first-child { left: 0; z-index: 3; }
    table.facts .subject { display: block; font-weight: 650; overflow: hidden; text-overflow: ellipsis; }
    table.facts .topic, table.facts .why { display: block; color: var(--muted); font-size: 0.82rem; overflow: hidden; text-overflow: ellipsis; }
    table.facts .rule { display: block; color: var(--muted); }
    table.facts .tag { display: block; font-size: 0.75rem; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; }
    .val { font-weight: 600; }
    .line { color: var(--muted); font-size: 0.8rem; }
    td.none, td.rule-value.none { color: #9aa3ad; text-align: center; }
    td.agrees { background: var(--agree-bg); }
    td.agrees .tag { color: var(--agree); }
    td.outlier { border-left: 4px solid currentColor; }
    td.outlier.error { background: var(--error-bg); color: var(--error); }
    td.outlier.warning { background: var(--warning-bg); color: var(--warning); }
    td.outlier.note { background: var(--note-bg); color: var(--note); }
    td.outlier .val, td.outlier .line { color: var(--ink); }
    td.majority .tag::after { content: " ★"; }
    details.agreeing { margin-top: 1rem; }
    details.agreeing summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
    .article { border-top: 1px solid var(--rule); }
    #articles > .article:first-of-type { border-top: 0; }
    .text { font: 1rem/1.65 Georgia, "Times New Roman", "DejaVu Serif", serif; max-width: 48rem; }
    .ln { display: flex; gap: 0.75rem; scroll-margin-top: 2rem; }
    .ln:target { background: #fff6bf; }
    .ln .no { flex: 0 0 2.5rem; text-align: right; color: var(--muted); font: 0.75rem/2.2 ui-monospace, "DejaVu Sans Mono", monospace; user-select: none; }
    .ln .tx { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1.65em; }
    mark { background: none; color: inherit; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
    mark.error { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: var(--error); background: var(--error-bg); }
    mark.warning { text-decoration-line: underline; text-decoration-style: dashed; text-decoration-color: var(--warning); background: var(--warning-bg); }
    mark.note { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: var(--note); background: var(--note-bg); }
    mark.furniture { text-decoration-line: line-through; text-decoration-style: solid; color: var(--muted); }
    mark.related { text-decoration-line: underline; text-decoration-style: double; text-decoration-color: var(--agree); background: var(--agree-bg); }
    .ref { font: 600 0.7rem/1 system-ui, sans-serif; margin-left: 1px; }
    .ref a { text-decoration: none; padding: 0 2px; border-radius: 3px; }
    .ref a.error { color: var(--error); } .ref a.warning { color: var(--warning); } .ref a.note { color: var(--note); } .ref a.related { color: var(--agree); }
    ol.notes { font-size: 0.9rem; padding-left: 0; list-style: none; }
    ol.notes > li { margin: 0.35rem 0; padding-left: 0.6rem; border-left: 4px solid var(--rule); }
    ol.notes > li.error { border-color: var(--error); } ol.notes > li.warning { border-color: var(--warning); } ol.notes > li.note { border-color: var(--note); }
    ol.notes > li:target { background: #fff6bf; }
    .back { font-weight: 700; margin-right: 0.25rem; }
    ul.related { margin: 0.15rem 0 0; padding-left: 1.25rem; color: var(--muted); }
    footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
    @media print {
      html { font-size: 10pt; }
      body { padding: 0; max-width: none; }
      nav, .skip, .ref { display: none; }
      .scroll { overflow: visible; max-height: none; border: 0; }
      table.facts thead th, table.facts tbody th { position: static; }
      table.facts { width: 100%; table-layout: fixed; }
      table.facts th, table.facts td { white-space: normal; max-width: none; overflow-wrap: anywhere; }
      table.facts thead { display: table-header-group; }
      tr, .ln, ol.notes > li { break-inside: avoid; }
      #articles, .article + .article { break-before: page; }
      h2, h3, h4 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      td.outlier, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
