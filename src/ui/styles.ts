/** The shadow root's stylesheet: chip, list, card and textarea overlay. Light and dark follow the OS. */
import { CATEGORY_COLORS } from './colors';

const markColors = (dark: boolean) =>
  Object.entries(CATEGORY_COLORS)
    .map(([n, pair]) => `.wl-mark.wl-${n}{--wl-c:${pair[dark ? 1 : 0]}}\n.wl-accent-${n}{--wl-accent:${pair[dark ? 1 : 0]}}`)
    .join('\n');

export const UI_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.wl-root{
  --wl-bg:#ffffff;--wl-fg:#1f2328;--wl-muted:#59636e;--wl-border:#d1d9e0;--wl-hover:#f3f5f7;
  --wl-primary:#0b6e4f;--wl-primary-fg:#ffffff;--wl-shadow:0 6px 24px rgba(0,0,0,.18);
  font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--wl-fg);
}
@media (prefers-color-scheme: dark){
  .wl-root{--wl-bg:#1f2328;--wl-fg:#e6edf3;--wl-muted:#9198a1;--wl-border:#3d444d;--wl-hover:#2a3038;
    --wl-primary:#3fb68b;--wl-primary-fg:#0d1117;--wl-shadow:0 6px 24px rgba(0,0,0,.55)}
  ${markColors(true)}
}
${markColors(false)}
[data-wl="layer"]{position:fixed;left:0;top:0;width:0;height:0;pointer-events:none}
[data-wl="overlay"]{position:fixed;margin:0;overflow:hidden;color:transparent;background:transparent;pointer-events:none;z-index:0}
.wl-mark{color:transparent;text-decoration:underline wavy var(--wl-c,#c2255c);text-decoration-thickness:1.5px;
  text-underline-offset:3px;text-decoration-skip-ink:none;background:color-mix(in srgb,var(--wl-c,#c2255c) 10%,transparent)}
button{font:inherit;color:inherit;cursor:pointer}
button:focus-visible{outline:2px solid var(--wl-primary);outline-offset:2px}
.wl-chip{position:fixed;transform:translate(-100%,-100%);pointer-events:auto;display:inline-flex;align-items:center;gap:6px;
  min-width:28px;height:26px;padding:0 9px;border-radius:13px;border:1px solid var(--wl-border);background:var(--wl-bg);
  box-shadow:0 1px 4px rgba(0,0,0,.15);font-weight:600;z-index:2}
.wl-chip[data-count="0"]{color:var(--wl-muted);font-weight:500}
.wl-chip .wl-dot{width:8px;height:8px;border-radius:50%;background:var(--wl-primary)}
.wl-chip[data-count="0"] .wl-dot{background:var(--wl-muted)}
.wl-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.wl-panel{position:fixed;pointer-events:auto;background:var(--wl-bg);color:var(--wl-fg);border:1px solid var(--wl-border);
  border-radius:10px;box-shadow:var(--wl-shadow);z-index:3}
.wl-list{width:320px;max-height:360px;overflow:auto;padding:6px}
.wl-list h2{font-size:12px;font-weight:600;color:var(--wl-muted);margin:4px 8px 6px;text-transform:uppercase;letter-spacing:.04em}
.wl-list ul{list-style:none;margin:0;padding:0}
.wl-list .wl-empty{margin:8px;color:var(--wl-muted)}
[data-wl="item"]{display:block;width:100%;text-align:left;border:0;background:none;border-radius:6px;padding:6px 8px;
  border-left:3px solid var(--wl-accent,#888)}
[data-wl="item"]:hover,[data-wl="item"]:focus-visible{background:var(--wl-hover)}
[data-wl="item"] .wl-title{display:block;font-weight:600}
[data-wl="item"] .wl-flagged{display:block;color:var(--wl-muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.wl-card{width:340px;max-width:calc(100vw - 16px);padding:12px 14px;border-top:3px solid var(--wl-accent,#888)}
.wl-card h2{font-size:14px;margin:0 28px 4px 0}
.wl-card .wl-message{margin:0 0 6px}
.wl-card .wl-why{margin:0 0 10px;color:var(--wl-muted)}
.wl-card .wl-suggestions{display:flex;flex-direction:column;gap:6px;margin:0 0 8px;padding:0;list-style:none}
[data-wl="apply"]{width:100%;text-align:left;border:1px solid var(--wl-primary);background:var(--wl-primary);color:var(--wl-primary-fg);
  border-radius:6px;padding:6px 10px}
[data-wl="apply"] .wl-preview{display:block;font-weight:400;opacity:.9;white-space:pre-wrap}
.wl-card .wl-actions{display:flex;justify-content:flex-end}
[data-wl="dismiss"]{border:1px solid var(--wl-border);background:none;border-radius:6px;padding:4px 10px;color:var(--wl-muted)}
.wl-close{position:absolute;top:8px;right:8px;width:24px;height:24px;border:0;background:none;border-radius:4px;color:var(--wl-muted);font-size:16px;line-height:1}
.wl-close:hover,[data-wl="dismiss"]:hover{background:var(--wl-hover)}
`;
