/**
 * Stage 7b, <b>web</b>: the web app over a data folder (Javalin + precompiled jte templates), in Vietnamese.
 *
 * <p>Takes a {@link vn.baocao.store.DataFolder} and settings ({@link vn.baocao.web.WebApp.Settings}: bind
 * address, password, upload limit, extractor, DOCX template), and answers through the query, draft, check and
 * ingest services. Gives the pages of README's web section — search and the home list, report, cited document,
 * figures (and CSV), commitments, draft (and its DOCX/Markdown), import — with every document text escaped,
 * CSRF-protected posts and bounded uploads. Entry point: {@link vn.baocao.web.WebApp} (public: the server set-up
 * and the route table). Everything else is package-private but the view records the templates render
 * ({@link vn.baocao.web.Pages}, {@link vn.baocao.web.Markup} runs and blocks, {@link vn.baocao.web.Chart}) and
 * {@link vn.baocao.web.Links}, which the generated template classes use.
 *
 * <p>Inside: one class per page, each reading its request and mapping the services' answers (store rows
 * included) to its view record — {@code SearchPage} (with {@code ReportList}, the home list), {@code ReportPage},
 * {@code DocumentPage}, {@code FiguresPage}, {@code CommitmentsPage}, {@code DraftPage}, {@code ImportPage}
 * (with {@code ImportJob}); shared by them: {@code Responses} (render a template, the message page, a download),
 * {@code Params} (checked request parameters), {@code Reports} (a stored report's units, versions and link),
 * {@code Guard} (password, CSRF, headers), {@code ErrorPages}, {@code QueryWords}, {@code Uploads}.
 */
package vn.baocao.web;
