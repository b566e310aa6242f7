/** The badge's and card's styles, inside their shadow root where page styles cannot reach. */
export const OVERLAY_CSS = `
:host { all: initial; }
.badge {
  display: inline-flex; align-items: center; gap: 4px; margin-inline-start: 4px; padding: 0 6px;
  height: 16px; border-radius: 8px; font: 600 10.5px/16px system-ui, -apple-system, "Segoe UI", Vazirmatn, Tahoma, sans-serif;
  color: #fff; background: #475569; cursor: pointer; white-space: nowrap; vertical-align: middle; user-select: none;
}
:host([data-compact]) .badge { margin-inline: 0 4px; }
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.badge.known { background: transparent; padding: 0; gap: 2px; }
.pill { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; background: #475569; }
.badge .more { color: #475569; font-weight: 600; padding: 0 2px; }
.badge .score { padding: 0 6px; border-radius: 8px; color: #fff; background: #0f172a; font-weight: 700; }
.badge.loading { background: #cbd5e1; width: 8px; padding: 0; height: 8px; border-radius: 4px; }
.badge.unknown { background: transparent; color: #94a3b8; border: 1px dashed #cbd5e1; padding: 0 4px; font-weight: 500; }
.badge.error { background: transparent; color: #b45309; border: 1px solid #fcd34d; padding: 0 4px; }
.kind-rfm { background: #4f46e5; } .kind-value { background: #b45309; } .kind-lifecycle { background: #0f766e; }
.kind-satisfaction { background: #be123c; } .kind-lead { background: #c2410c; } .kind-funnel { background: #1d4ed8; }
.kind-tag { background: #475569; } .kind-segment { background: #7c3aed; }
.card {
  position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px); box-sizing: border-box;
  padding: 12px 14px; border-radius: 10px; background: #fff; color: #0f172a; text-align: start;
  box-shadow: 0 10px 30px rgba(15,23,42,.18), 0 0 0 1px rgba(15,23,42,.08);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Vazirmatn, Tahoma, sans-serif; white-space: normal;
}
.card[hidden] { display: none; }
.card h2 { margin: 0; font-size: 15px; font-weight: 700; }
.card .company { color: #475569; font-size: 12px; }
.card .chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0; }
.card .chips .pill { font-size: 10.5px; font-weight: 600; line-height: 16px; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 10px; margin: 0; }
.card dt { color: #64748b; font-size: 12px; }
.card dd { margin: 0; }
.card ul { margin: 2px 0 0; padding-inline-start: 16px; color: #334155; font-size: 12px; }
.card .offer { margin-top: 10px; padding: 8px 10px; border-radius: 8px; background: #f1f5f9; }
.card .offer strong { display: block; }
.card .offer code { font: 600 12px ui-monospace, monospace; background: #e2e8f0; padding: 0 4px; border-radius: 4px; }
.card .muted { color: #64748b; }
.card .tone { font-size: 12px; color: #334155; }
`;
