import ParallaxKit

/// The reader's logic: a pure function from a state and an event to the
/// next state and the effects the loop carries out. It never draws and
/// never touches the terminal; the layout cache only memoises layouts,
/// pure functions of what they lay out and the width.
///
/// `Route` picks the overlay or mode an event goes to; that component's
/// update changes its own state and returns requests, which are carried out
/// here: the back stack, overlays, the message, quitting, and background
/// work (`Effect.start`, whose result comes back as `Event.finished` and
/// is taken only by the mode that asked for it).
public enum Update {
    public static func update(_ state: AppState, _ event: Event, layouts: LayoutCache) -> (AppState, [Effect]) {
        var s = state
        // A message stays until the user does something.
        if event.isInput { s.message = nil }
        let ctx = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
        var effects: [Effect] = []
        switch event {
        case .signal(let signal): effects.append(.quit(status: 128 + signal))
        case .resize(let size): resize(&s, to: size, layouts)
        case .mouse(let mouse): self.mouse(&s, mouse, ctx)
        case .key(let key): effects += self.key(&s, key, ctx)
        case .progress(let job, let progress):
            if case .loading(var loading) = s.mode, loading.job == job {
                loading.progress = progress
                s.mode = .loading(loading)
            }
        case .finished(let result): finish(&s, result, layouts)
        }
        keepMarks(&s, after: state, event, layouts)
        return (s, effects)
    }

    // MARK: - What the reader keeps

    /// Keeps `marks` in step with the browse mode on screen: the open
    /// article's place, the marked and the open article, and what was read.
    ///
    /// An article is read once the reader has had it: given the keyboard on
    /// it (Enter, Tab, a click in the reading view, or a jump there from
    /// another view), or scrolled. Showing it beside the list while moving down the list does
    /// not make it read, nor does a resize.
    private static func keepMarks(_ s: inout AppState, after old: AppState, _ event: Event, _ layouts: LayoutCache) {
        guard case .browse(let b) = s.mode, let article = b.reader.article, s.corpus.articles.indices.contains(article)
        else { return }
        let ctx = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
        var changed = false
        func set<T: Equatable>(_ path: WritableKeyPath<ReadingMarks, T>, _ value: T) {
            if s.marks[keyPath: path] != value {
                s.marks[keyPath: path] = value
                changed = true
            }
        }
        let place = b.reader.top > 0 ? b.readerLayout(ctx).flatMap { BrowseState.firstOffset($0, from: b.reader.top) } : nil
        set(\.places[article], place)
        set(\.marked, b.marked)
        set(\.open, article)
        let byUser: Bool
        switch event {
        case .key, .mouse: byUser = true
        default: byUser = false
        }
        if byUser, hadReader(b, article, old) || scrolled(b, article, old), s.marks.read.insert(article).inserted {
            changed = true
        }
        if changed { s.marksRevision += 1 }
    }

    /// The reader has the keyboard on `article`, and did not before this event.
    private static func hadReader(_ b: BrowseState, _ article: Int, _ old: AppState) -> Bool {
        guard b.focus == .reader else { return false }
        guard case .browse(let before) = old.mode else { return true }
        return before.focus != .reader || before.reader.article != article
    }

    /// `article` was open before this event and is scrolled elsewhere now.
    private static func scrolled(_ b: BrowseState, _ article: Int, _ old: AppState) -> Bool {
        guard case .browse(let before) = old.mode else { return false }
        return before.reader.article == article && before.reader.top != b.reader.top
    }

    // MARK: - Background work

    /// A job's result becomes the mode that waited for it; a result for a
    /// mode that has been left (Esc while "working…") is dropped.
    private static func finish(_ s: inout AppState, _ result: JobResult, _ layouts: LayoutCache) {
        switch (s.mode, result.outcome) {
        case (.loading(let loading), .loaded(let corpus, let warnings)) where loading.job == result.job:
            s.corpus = corpus
            // The cache lays out the articles it was made with.
            layouts.reset(articles: corpus.articles)
            // As the last run left it (from disk: nothing to save yet).
            s.marks = s.memory.marks(for: corpus.keys)
            s.memory = ReaderMemory()
            let ctx = UpdateContext(corpus: corpus, size: s.size, layouts: layouts, marks: s.marks)
            s.mode = fitted(.browse(BrowseState(corpus: corpus, restoring: ctx)), ctx)
            // A warning about the memory file, from before loading, stays with the load's.
            s.message = [s.message, AppState.loadMessage(warnings)].compactMap { $0 }.joined(separator: "; ")
            if s.message == "" { s.message = nil }
        case (.loading(var loading), .failed(let reason)) where loading.job == result.job:
            loading.failure = reason
            s.mode = .loading(loading)
        case (.working(let working), .compared(let comparison)) where working.job == result.job:
            guard case .compare(let a, let b) = working.task else { return }
            let ctx = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
            s.mode = fitted(.compare(CompareState(comparison: comparison, a: a, b: b)), ctx)
            s.message = working.message
        case (.working(let working), .outlets(let report, let laidOut)) where working.job == result.job:
            guard case .outlets(let article, _, _) = working.task else { return }
            // Laid out at the width of the load: after a resize the view lays itself out.
            if let laidOut, laidOut.width == s.size.width { layouts.keep(laidOut, of: report) }
            let ctx = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
            s.mode = .outlets(Outlets.open(report, article: article, ctx))
            s.message = working.message
        case (_, .filtered(let matches)):
            let ctx = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
            filterResult(&s, result.job) { $0.filterFound(matches, ctx) }
        case (_, .failed(let reason)):
            filterResult(&s, result.job) { $0.filterFailed(reason) }
        default:
            break
        }
    }

    /// A list filter's result goes to the list that waits for it: the one
    /// on screen (its message said), or one on the back stack (a comparison
    /// opened meanwhile). No list waits for it after the filter was cleared
    /// or replaced: it is dropped.
    private static func filterResult(_ s: inout AppState, _ job: JobID, _ take: (inout BrowseState) -> String?) {
        if case .browse(var b) = s.mode, b.list.pending?.job == job {
            s.message = take(&b)
            s.mode = .browse(b)
        }
        for i in s.back.indices {
            if case .browse(var b) = s.back[i], b.list.pending?.job == job {
                _ = take(&b)
                s.back[i] = .browse(b)
            }
        }
    }

    // MARK: - Routing

    private static func key(_ s: inout AppState, _ key: Key, _ ctx: UpdateContext) -> [Effect] {
        let context = Route.context(of: s)
        if case .search(var prompt)? = s.overlay, case .browse(var b) = s.mode {
            let requests = Search.key(&prompt, key, &b, ctx)
            s.overlay = .search(prompt)
            s.mode = .browse(b)
            return apply(requests, to: &s, ctx)
        }
        guard let (table, action) = KeyTables.lookup(key, in: context) else { return [] }
        // The global keys, where the context falls back to them.
        if table == .global {
            switch action {
            case .help: s.overlay = .help(HelpState(context: context))
            case .quit: return [.quit(status: 0)]
            case .redraw: return [.repaint]
            default: break
            }
            return []
        }
        let requests: [Request]
        switch (s.overlay, s.mode) {
        case (.help(var h)?, _):
            requests = Help.update(&h, action, ctx)
            s.overlay = .help(h)
        case (.picker(var p)?, _):
            requests = Picker.update(&p, action, ctx)
            s.overlay = .picker(p)
        case (.search?, _):
            requests = []
        case (nil, .browse(var b)):
            requests = Browse.update(&b, action, ctx)
            s.mode = .browse(b)
        case (nil, .compare(var c)):
            requests = Compare.update(&c, action, ctx)
            s.mode = .compare(c)
        case (nil, .outlets(var o)):
            requests = Outlets.update(&o, action, ctx)
            s.mode = .outlets(o)
        case (nil, .working):
            requests = action == .close ? [.back] : []
        case (nil, .loading):
            requests = []
        }
        return apply(requests, to: &s, ctx)
    }

    /// The mouse goes where the keys go: an overlay takes it (a click under
    /// help or the picker does not reach the article underneath).
    private static func mouse(_ s: inout AppState, _ mouse: MouseEvent, _ ctx: UpdateContext) {
        switch (s.overlay, s.mode) {
        case (.help(var h)?, _):
            Help.mouse(&h, mouse, ctx)
            s.overlay = .help(h)
        case (.picker(var p)?, _):
            Picker.mouse(&p, mouse, ctx)
            s.overlay = .picker(p)
        case (.search?, _):
            break
        case (nil, .browse(var b)):
            Browse.mouse(&b, mouse, ctx)
            s.mode = .browse(b)
        case (nil, .compare(var c)):
            Compare.mouse(&c, mouse, ctx)
            s.mode = .compare(c)
        case (nil, .outlets(var o)):
            Outlets.mouse(&o, mouse, ctx)
            s.mode = .outlets(o)
        case (nil, .working), (nil, .loading):
            break
        }
    }

    // MARK: - Requests

    /// Carries out the components' requests in order.
    private static func apply(_ requests: [Request], to s: inout AppState, _ ctx: UpdateContext) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .quit: effects.append(.quit(status: 0))
            case .message(let text): s.message = text
            case .setRead(let article, let read):
                guard s.corpus.articles.indices.contains(article), s.marks.read.contains(article) != read else { continue }
                if read { s.marks.read.insert(article) } else { s.marks.read.remove(article) }
                s.marksRevision += 1
            case .overlay(let overlay): s.overlay = overlay
            case .filterList(let query):
                guard case .browse(var b) = s.mode else { continue }
                let id = JobID(s.nextJob)
                s.nextJob += 1
                if let replaced = b.filterStarted(query, job: id) { effects.append(.cancel(replaced)) }
                s.mode = .browse(b)
                effects.append(.start(id, .filter(query)))
            case .cancel(let job): effects.append(.cancel(job))
            case .push(let mode):
                s.back.append(s.mode)
                s.mode = fitted(mode, ctx)
            case .back:
                guard let previous = s.back.popLast() else { continue }
                // Backing out of work in progress: nobody waits for it now.
                if case .working(let working) = s.mode { effects.append(.cancel(working.job)) }
                s.mode = fitted(previous, ctx)
            case .work(let job, let replace, let message):
                let id = JobID(s.nextJob)
                s.nextJob += 1
                if !replace { s.back.append(s.mode) }
                s.mode = .working(WorkingState(job: id, task: job, message: message))
                effects.append(.start(id, job))
            case .read(let target):
                // The list and reader this view was opened from, moved to the target.
                guard let index = s.back.lastIndex(where: { if case .browse = $0 { return true } else { return false } }),
                      case .browse(var b) = s.back[index] else { continue }
                let requests = b.read(target, ctx)
                s.back.append(s.mode)
                s.mode = .browse(b)
                effects += apply(requests, to: &s, ctx)
            }
        }
        return effects
    }

    /// A mode coming on screen, fitted to the screen's size now (it may have changed while it waited on the stack).
    private static func fitted(_ mode: Mode, _ ctx: UpdateContext) -> Mode {
        switch mode {
        case .browse(var b):
            b.resize(from: ctx, to: ctx)
            return .browse(b)
        case .compare(var c):
            Compare.keepRowVisible(&c, ctx)
            return .compare(c)
        case .outlets(var o):
            Outlets.resize(&o, ctx)
            return .outlets(o)
        case .loading, .working:
            return mode
        }
    }

    // MARK: - Resize

    /// The mode on screen fits itself to the new size; those on the stack do when they come back.
    private static func resize(_ s: inout AppState, to size: Size, _ layouts: LayoutCache) {
        let old = UpdateContext(corpus: s.corpus, size: s.size, layouts: layouts, marks: s.marks)
        s.size = size
        let ctx = UpdateContext(corpus: s.corpus, size: size, layouts: layouts, marks: s.marks)
        switch s.mode {
        case .browse(var b):
            b.resize(from: old, to: ctx)
            s.mode = .browse(b)
        case .compare(var c):
            Compare.keepRowVisible(&c, ctx)
            s.mode = .compare(c)
        case .outlets(var o):
            Outlets.resize(&o, ctx)
            s.mode = .outlets(o)
        case .loading, .working:
            break
        }
        switch s.overlay {
        case .help(var h)?:
            h.scroll.clamp(rows: PaneMetrics.helpRows(count: h.scroll.count, size: size))
            s.overlay = .help(h)
        case .picker(var p)?:
            p.list.resize(rows: PaneMetrics.pickerRows(count: p.candidates.count, size: size))
            s.overlay = .picker(p)
        default: break
        }
    }
}
