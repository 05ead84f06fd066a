/**
 * Stage 6b, <b>draft</b>: the next report, pre-filled from history.
 *
 * <p>Takes the unit's earlier reports (from the store, a folder of reports or one base file) and the period to
 * report on. Gives a {@link vn.baocao.draft.ReportDraft} — header, title and sections with the periods rolled
 * forward, figures marked to update, the plans cited, the commitments to report on, every carried item with
 * its source — written as DOCX ({@link vn.baocao.draft.DocxDraftWriter}) or Markdown
 * ({@link vn.baocao.draft.MarkdownDraftWriter}) with a provenance sidecar. Entry point:
 * {@link vn.baocao.draft.NextDraft}.
 *
 * <p>{@link vn.baocao.draft.DraftBuilder}'s parts (package-private): {@code DraftHeader} reads the header and
 * trích yếu from the base, {@code DraftCarrier} carries text (periods rolled by {@code PeriodRollForward},
 * figures marked, sources kept), {@code DraftTasks} places the base's commitments and the plans' tasks due
 * ({@code PlanTasks}) under the result sections.
 *
 * <p>Both writers print what {@link vn.baocao.draft.ReportDraft#accept} visits, in its order (one
 * {@link vn.baocao.draft.ReportDraft.Visitor} each): the preamble, the sections, the closing, the signature, the
 * appendices, the drafting notes.
 *
 * <p>The DOCX writer's parts (package-private): {@code DocxTemplateFields} fills the template's placeholders,
 * {@code DocxBody} writes the body, tables and drafting notes, {@code DocxAnnotations} keeps the ids and ranges of
 * the provenance comments and footnotes.
 */
package vn.baocao.draft;
