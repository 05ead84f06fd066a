/**
 * Stage 7b, <b>web</b>: the web app over a data folder (Javalin + precompiled jte templates), in Vietnamese.
 *
 * <p>Takes a {@link vn.baocao.store.DataFolder} and settings (bind address, password, upload limit). Gives
 * the pages of README's web section — search, report, document, figures, commitments, draft, import —
 * with every document text escaped, CSRF-protected posts and bounded uploads. Entry point:
 * {@link vn.baocao.web.WebApp}.
 */
package vn.baocao.web;
