import Foundation
import ParallaxKit

/// The list filter in browse: the prompt's Enter asks for the search (a
/// background job, `Request.filterList`), its result filters the list, and
/// an article opened from the filtered list is searched for the filter's
/// words, so `n`/`N` walk them.
extension BrowseState {
    /// The filter prompt's Enter: the filter looked for in the background,
    /// or cleared (an empty prompt), or refused with the reason (the list
    /// stays as it was).
    mutating func submitFilter(_ text: String, _ ctx: UpdateContext) -> [Request] {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return clearFilter(ctx) }
        list.draft = text
        switch ListQuery.parse(text) {
        case .failure(let problem): return [.message("Filter not applied: \(problem.message)")]
        case .success(let query): return [.filterList(query)]
        }
    }

    /// `job` looks for `query` now; returns the job it replaces, whose result nobody waits for.
    mutating func filterStarted(_ query: ListQuery, job: JobID) -> JobID? {
        let replaced = list.pending?.job
        list.pending = PendingFilter(job: job, query: query)
        return replaced
    }

    /// The pending filter's result, `matches` in corpus order: the list
    /// keeps only them, or, when there are none, stays as it was. Returns
    /// what the status bar says.
    mutating func filterFound(_ matches: [Int], _ ctx: UpdateContext) -> String? {
        guard let query = list.pending?.query else { return nil }
        list.pending = nil
        guard !matches.isEmpty else { return "No articles match “\(query.text)”: the list is as it was (/ edits the filter)" }
        list.setFilter(query, matches: matches, corpus: ctx.corpus, rows: ctx.listRows)
        // The open article is searched for the new words, then the selection shown if it moved.
        if takesFilterWords {
            reader.search = SearchState(query: query.words, fromFilter: true)
            runSearch(ctx)
        }
        previewSelection(ctx)
        let total = ctx.corpus.articles.count
        return "\(OutletsLayout.thousands(matches.count)) of \(OutletsLayout.thousands(total)) articles match: "
            + "/ edits the filter, Esc in the list clears it"
    }

    /// The pending filter's job failed (the index could not be read): the list stays as it was.
    mutating func filterFailed(_ reason: String) -> String {
        list.pending = nil
        return "Filter failed: \(reason)"
    }

    /// Every article listed again, the selection kept; the search the
    /// filter set goes with it, and a filter still being looked for is
    /// dropped (its job cancelled).
    mutating func clearFilter(_ ctx: UpdateContext) -> [Request] {
        guard list.filter != nil || list.pending != nil else {
            list.draft = ""
            return []
        }
        let pending = list.pending?.job
        list.clearFilter(corpus: ctx.corpus, rows: ctx.listRows)
        if reader.search.fromFilter { reader.search = SearchState() }
        return (pending.map { [Request.cancel($0)] } ?? []) + [.message("Filter cleared: every article is listed")]
    }

    /// Opens `index` from the list: with a filter of words on, searched for
    /// them (unless the reader has a search of the user's own).
    mutating func openFromList(_ index: Int, _ ctx: UpdateContext) {
        if takesFilterWords, let query = list.filter?.query {
            reader.search = SearchState(query: query.words, fromFilter: true)
        }
        open(index, ctx)
    }

    /// A filter with words is on, and the reader's search is none or the filter's.
    private var takesFilterWords: Bool {
        guard let query = list.filter?.query, query.hasWords else { return false }
        return reader.search.query.isEmpty || reader.search.fromFilter
    }

    /// A filter is on, or on its way: Esc in the list has it to clear.
    var isFiltering: Bool { list.filter != nil || list.pending != nil }
}
