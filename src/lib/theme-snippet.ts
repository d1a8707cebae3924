/**
 * The one script that runs before the reader interacts, inline and under 1 KB: it applies the
 * saved theme before first paint (no flash of the wrong theme), wires the theme toggle, and the
 * "/" and Ctrl/Cmd+K shortcuts that open search from any page (the search page's URL is read from
 * <html data-search>). Its SHA-256 is allowed by the Content-Security-Policy (astro.config.mjs and
 * public/_headers, which `npm run headers` rewrites; a test fails when they disagree).
 */
import { createHash } from 'node:crypto';

export const THEME_SNIPPET = String.raw`(()=>{const d=document.documentElement,k="atlas-theme",m=()=>matchMedia("(prefers-color-scheme: dark)").matches,s=()=>d.dataset.theme?d.dataset.theme==="dark":m();let t;try{t=localStorage.getItem(k)}catch{}if(t==="light"||t==="dark")d.dataset.theme=t;d.classList.add("js");const p=()=>{const b=document.querySelector("[data-theme-toggle]");if(b)b.setAttribute("aria-pressed",String(s()))};document.addEventListener("DOMContentLoaded",p);document.addEventListener("click",e=>{if(!e.target.closest("[data-theme-toggle]"))return;const n=s()?"light":"dark";d.dataset.theme=n;try{localStorage.setItem(k,n)}catch{}p()});document.addEventListener("keydown",e=>{if(e.target.closest("input,textarea,select,[contenteditable]"))return;if(e.key==="/"&&!e.ctrlKey&&!e.metaKey&&!e.altKey||e.key.toLowerCase()==="k"&&(e.ctrlKey||e.metaKey)){e.preventDefault();const q=document.getElementById("q");if(q)q.focus();else location.href=d.dataset.search+"#q"}})})()`;

export const THEME_SNIPPET_HASH = `'sha256-${createHash('sha256').update(THEME_SNIPPET).digest('base64')}'`;
